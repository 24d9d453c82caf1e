{{/*
Named templates shared by both services. Those taking a "service context" expect
  (dict "root" $ "name" "product-service" "values" .Values.productService "valuesKey" "productService")
as templates/product-service.yaml and templates/order-service.yaml build it (valuesKey names the service's values in
error messages).
*/}}

{{/* Base of every resource name: the release name, with the chart name unless the release name already holds it. */}}
{{- define "oms.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 40 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 40 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 40 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/* Name of a service's resources, e.g. oms-product-service. The base is cut to 40 characters so this fits in 63. */}}
{{- define "oms.componentName" -}}
{{- printf "%s-%s" (include "oms.fullname" .root) .name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "oms.selectorLabels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{/* Labels of every resource of the release; takes the root context. */}}
{{- define "oms.releaseLabels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/part-of: oms
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- with .Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{- define "oms.labels" -}}
app.kubernetes.io/name: {{ .name }}
{{ include "oms.releaseLabels" .root }}
{{- end -}}

{{- define "oms.image" -}}
{{- printf "%s:%s" .values.image.repository (default .root.Chart.AppVersion .values.image.tag) -}}
{{- end -}}

{{- define "oms.reactiveUrl" -}}
{{- $db := .values.database -}}
{{- $sql := .root.Values.sqlServer -}}
{{- default (printf "vertx-reactive:sqlserver://%s:%v/%s" $sql.host $sql.port $db.name) $db.reactiveUrl -}}
{{- end -}}

{{- define "oms.jdbcUrl" -}}
{{- $db := .values.database -}}
{{- $sql := .root.Values.sqlServer -}}
{{- $url := printf "jdbc:sqlserver://%s:%v;databaseName=%s" $sql.host $sql.port $db.name -}}
{{- if $sql.jdbcProperties -}}
{{- $url = printf "%s;%s" $url (trimPrefix ";" $sql.jdbcProperties) -}}
{{- end -}}
{{- default $url $db.jdbcUrl -}}
{{- end -}}

{{/* jvm or native: the kind of image a service runs (values: image.kind). */}}
{{- define "oms.imageKind" -}}
{{- default "jvm" .values.image.kind -}}
{{- end -}}

{{/*
The heap of a native image in MiB: maxHeapPercent of resources.limits.memory (Ki, Mi, Gi, K, M, G or bytes). A native
binary's own default is most of the container's memory, which leaves nothing for the rest of the process.
*/}}
{{- define "oms.nativeMaxHeapMiB" -}}
{{- $limit := "" -}}
{{- with .values.resources -}}{{- with .limits -}}{{- $limit = toString (default "" .memory) -}}{{- end -}}{{- end -}}
{{- if not $limit -}}
{{- fail (printf "%s.resources.limits.memory is required for a native image: its heap (-Xmx) is maxHeapPercent of it" .valuesKey) -}}
{{- end -}}
{{- $number := regexFind "^[0-9]+" $limit -}}
{{- $unit := trimPrefix $number $limit -}}
{{- $bytesPerUnit := dict "" 1 "K" 1000 "M" 1000000 "G" 1000000000 "Ki" 1024 "Mi" 1048576 "Gi" 1073741824 -}}
{{- if or (not $number) (not (hasKey $bytesPerUnit $unit)) -}}
{{- fail (printf "%s.resources.limits.memory %q: give it in Ki, Mi, Gi, K, M, G or bytes for a native image" .valuesKey $limit) -}}
{{- end -}}
{{- div (mul (int64 $number) (int64 (get $bytesPerUnit $unit)) .values.maxHeapPercent) 104857600 -}}
{{- end -}}
