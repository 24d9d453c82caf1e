{{- define "oms.podDisruptionBudget" -}}
{{- $pdb := .values.podDisruptionBudget -}}
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ include "oms.componentName" . }}
  labels:
    {{- include "oms.labels" . | nindent 4 }}
spec:
  selector:
    matchLabels:
      {{- include "oms.selectorLabels" . | nindent 6 }}
  {{- if not (kindIs "invalid" $pdb.minAvailable) }}
  minAvailable: {{ $pdb.minAvailable }}
  {{- else }}
  maxUnavailable: {{ $pdb.maxUnavailable }}
  {{- end }}
{{- end -}}
