{{- define "oms.deployment" -}}
{{- $v := .values -}}
{{- $root := .root -}}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "oms.componentName" . }}
  labels:
    {{- include "oms.labels" . | nindent 4 }}
spec:
  {{- if not $v.autoscaling.enabled }}
  {{- /* With autoscaling the HorizontalPodAutoscaler owns the count; setting it here would reset it on upgrade. */}}
  replicas: {{ $v.replicaCount }}
  {{- end }}
  selector:
    matchLabels:
      {{- include "oms.selectorLabels" . | nindent 6 }}
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxSurge: 1
      maxUnavailable: 0
  template:
    metadata:
      labels:
        {{- include "oms.labels" . | nindent 8 }}
        {{- with $v.podLabels }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
      annotations:
        {{- /* Rolls the pods when their configuration changes. */}}
        checksum/config: {{ include "oms.configmap" . | sha256sum }}
        {{- if $root.Values.prometheusAnnotations }}
        prometheus.io/scrape: "true"
        prometheus.io/path: /q/metrics
        prometheus.io/port: {{ $v.managementPort | quote }}
        {{- end }}
        {{- with $v.podAnnotations }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
    spec:
      {{- with $root.Values.imagePullSecrets }}
      imagePullSecrets:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- /* The services never call the Kubernetes API. */}}
      automountServiceAccountToken: false
      terminationGracePeriodSeconds: {{ $v.terminationGracePeriodSeconds }}
      securityContext:
        {{- toYaml $root.Values.podSecurityContext | nindent 8 }}
      containers:
        - name: {{ .name }}
          image: {{ include "oms.image" . | quote }}
          imagePullPolicy: {{ $v.image.pullPolicy }}
          {{- if eq (include "oms.imageKind" .) "native" }}
          {{- /* appended to the image's ENTRYPOINT (./application -Dquarkus.http.host=0.0.0.0) */}}
          args:
            - {{ printf "-Xmx%sm" (include "oms.nativeMaxHeapMiB" .) | quote }}
          {{- end }}
          ports:
            - name: http
              containerPort: {{ $v.httpPort }}
              protocol: TCP
            {{- /* health and metrics: the images are built with Quarkus' management interface */}}
            - name: management
              containerPort: {{ $v.managementPort }}
              protocol: TCP
          envFrom:
            - configMapRef:
                name: {{ include "oms.componentName" . }}
            {{- with $v.extraEnvFrom }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
          env:
            - name: QUARKUS_DATASOURCE_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: {{ $v.database.auth.existingSecret }}
                  key: {{ $v.database.auth.passwordKey }}
            - name: RABBITMQ_USERNAME
              valueFrom:
                secretKeyRef:
                  name: {{ $root.Values.rabbitmq.auth.existingSecret }}
                  key: {{ $root.Values.rabbitmq.auth.usernameKey }}
            - name: RABBITMQ_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: {{ $root.Values.rabbitmq.auth.existingSecret }}
                  key: {{ $root.Values.rabbitmq.auth.passwordKey }}
            {{- with $v.extraEnv }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
          startupProbe:
            httpGet:
              path: /q/health/started
              port: management
            {{- toYaml $v.probes.startup | nindent 12 }}
          readinessProbe:
            httpGet:
              path: /q/health/ready
              port: management
            {{- toYaml $v.probes.readiness | nindent 12 }}
          livenessProbe:
            httpGet:
              path: /q/health/live
              port: management
            {{- toYaml $v.probes.liveness | nindent 12 }}
          {{- if $v.preStopSleepSeconds }}
          {{- if ge (int $v.preStopSleepSeconds) (int $v.terminationGracePeriodSeconds) }}
          {{- fail (printf "%s: preStopSleepSeconds (%v) must be less than terminationGracePeriodSeconds (%v), which also bounds the shutdown after it" .name $v.preStopSleepSeconds $v.terminationGracePeriodSeconds) }}
          {{- end }}
          lifecycle:
            {{- /* Endpoints are removed asynchronously: while kube-proxy and ingresses catch up, the pod still gets
                   new connections, so SIGTERM waits until they have stopped coming. */}}
            preStop:
              sleep:
                seconds: {{ $v.preStopSleepSeconds }}
          {{- end }}
          resources:
            {{- toYaml $v.resources | nindent 12 }}
          securityContext:
            {{- toYaml $root.Values.securityContext | nindent 12 }}
          volumeMounts:
            - name: tmp
              mountPath: /tmp
            {{- with include "oms.auth.volumeMount" . }}
            {{- . | nindent 12 }}
            {{- end }}
      volumes:
        {{- /* The root filesystem is read-only; the JVM and Vert.x write their temporary files here. */}}
        - name: tmp
          emptyDir: {}
        {{- with include "oms.auth.volume" . }}
        {{- . | nindent 8 }}
        {{- end }}
      {{- with $v.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $v.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $v.affinity }}
      affinity:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $v.topologySpreadConstraints }}
      topologySpreadConstraints:
        {{- include "oms.topologySpreadConstraints" $ | nindent 8 }}
      {{- end }}
{{- end -}}

{{/* The service's constraints, each given a labelSelector on the service's pods unless it has one. */}}
{{- define "oms.topologySpreadConstraints" -}}
{{- $selector := dict "matchLabels" (include "oms.selectorLabels" . | fromYaml) -}}
{{- $constraints := list -}}
{{- range .values.topologySpreadConstraints -}}
{{- $constraint := deepCopy . -}}
{{- if not (hasKey $constraint "labelSelector") -}}
{{- $_ := set $constraint "labelSelector" $selector -}}
{{- end -}}
{{- $constraints = append $constraints $constraint -}}
{{- end -}}
{{- toYaml $constraints -}}
{{- end -}}
