{{- define "oms.service" -}}
apiVersion: v1
kind: Service
metadata:
  name: {{ include "oms.componentName" . }}
  labels:
    {{- include "oms.labels" . | nindent 4 }}
  {{- with .values.service.annotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
spec:
  type: {{ .values.service.type }}
  selector:
    {{- include "oms.selectorLabels" . | nindent 4 }}
  ports:
    - name: http
      port: {{ .values.httpPort }}
      targetPort: http
      protocol: TCP
    {{- /* health and metrics, for Prometheus in the cluster; route only `http` from an ingress */}}
    - name: management
      port: {{ .values.managementPort }}
      targetPort: management
      protocol: TCP
{{- end -}}
