{{/* A service's database Secret, rendered only when its values explicitly ask for it (throwaway clusters). */}}
{{- define "oms.databaseSecret" -}}
{{- $db := .values.database -}}
apiVersion: v1
kind: Secret
metadata:
  name: {{ $db.auth.existingSecret }}
  labels:
    {{- include "oms.labels" . | nindent 4 }}
type: Opaque
stringData:
  {{ $db.auth.passwordKey }}: {{ required (printf "%s: database.createSecret.password is required when database.createSecret.enabled is true" .name) $db.createSecret.password | quote }}
{{- end -}}
