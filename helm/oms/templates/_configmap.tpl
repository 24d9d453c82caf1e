{{/* Non-secret configuration of a service, read by Quarkus from the environment. */}}
{{- define "oms.configmap" -}}
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "oms.componentName" . }}
  labels:
    {{- include "oms.labels" . | nindent 4 }}
data:
  QUARKUS_HTTP_PORT: {{ .values.httpPort | quote }}
  QUARKUS_MANAGEMENT_PORT: {{ .values.managementPort | quote }}
  QUARKUS_DATASOURCE_REACTIVE_URL: {{ include "oms.reactiveUrl" . | quote }}
  {{- $jdbcUrl := include "oms.jdbcUrl" . }}
  QUARKUS_DATASOURCE_JDBC_URL: {{ $jdbcUrl | quote }}
  {{- /* The reactive connection encrypts, and trusts the server's certificate, exactly when Flyway's JDBC URL does. */}}
  QUARKUS_DATASOURCE_REACTIVE_MSSQL_SSL: {{ regexMatch "(?i);encrypt=(true|mandatory|strict)(;|$)" $jdbcUrl | quote }}
  QUARKUS_DATASOURCE_REACTIVE_TRUST_ALL: {{ regexMatch "(?i);trustServerCertificate=true(;|$)" $jdbcUrl | quote }}
  QUARKUS_DATASOURCE_USERNAME: {{ .values.database.username | quote }}
  RABBITMQ_HOST: {{ .root.Values.rabbitmq.host | quote }}
  RABBITMQ_PORT: {{ .root.Values.rabbitmq.port | quote }}
  RABBITMQ_VHOST: {{ .root.Values.rabbitmq.vhost | quote }}
  {{- $auth := include "oms.auth" . | fromYaml }}
  MP_JWT_VERIFY_ISSUER: {{ $auth.issuer | quote }}
  MP_JWT_VERIFY_PUBLICKEY_LOCATION: {{ $auth.location | quote }}
  MP_JWT_VERIFY_AUDIENCES: {{ $auth.audience | quote }}
  OMS_API_DOCS_ENABLED: {{ .root.Values.apiDocs.enabled | quote }}
  {{- if ne (include "oms.imageKind" .) "native" }}
  JAVA_MAX_MEM_RATIO: {{ .values.maxHeapPercent | quote }}
  {{- end }}
  {{- range $key, $value := .values.config }}
  {{ $key }}: {{ $value | quote }}
  {{- end }}
{{- end -}}
