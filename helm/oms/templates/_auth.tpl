{{/*
Bearer-token verification of a service (docs/security.md). The services refuse to start without a verification key and
an issuer, so the chart refuses to render without them rather than install pods that crash-loop.

A service's own `auth` overrides the shared one: its issuer replaces the shared issuer, and a key source of its own
replaces the shared key source as a whole (never mixed with it).
*/}}

{{/* Where a mounted key is, in the container. */}}
{{- define "oms.auth.keyDirectory" -}}/etc/oms/jwt{{- end -}}

{{/* The key sources an auth block sets, as a space-separated list of their value names. */}}
{{- define "oms.auth.keySources" -}}
{{- $set := list -}}
{{- range $source := list "publicKeyLocation" "publicKeyConfigMap" "publicKeySecret" -}}
{{- if get $ $source -}}
{{- $set = append $set $source -}}
{{- end -}}
{{- end -}}
{{- join " " $set -}}
{{- end -}}

{{/*
The service's effective settings, checked, as YAML: issuer, audience, location (MP_JWT_VERIFY_PUBLICKEY_LOCATION) and, for a key
from a ConfigMap or Secret, mount (kind, name, key).
*/}}
{{- define "oms.auth" -}}
{{- $shared := .root.Values.auth | default dict -}}
{{- $own := .values.auth | default dict -}}
{{- $ownSources := include "oms.auth.keySources" $own | splitList " " | compact -}}
{{- $sharedSources := include "oms.auth.keySources" $shared | splitList " " | compact -}}
{{- if gt (len $ownSources) 1 -}}
{{- fail (printf "%s: %s.auth sets %s; set only one key source" .name .valuesKey (join " and " $ownSources)) -}}
{{- end -}}
{{- if gt (len $sharedSources) 1 -}}
{{- fail (printf "%s: auth sets %s; set only one key source" .name (join " and " $sharedSources)) -}}
{{- end -}}
{{- $keyFrom := ternary $own $shared (gt (len $ownSources) 0) -}}
{{- $source := ternary (first $ownSources) (first $sharedSources | default "") (gt (len $ownSources) 0) -}}
{{- $issuer := trim ($own.issuer | default $shared.issuer | default "") -}}
{{- $audience := trim ($own.audience | default $shared.audience | default "") -}}
{{- if not $audience -}}
{{- fail (printf "%s: no token audience: set auth.audience (or %s.auth.audience) to the aud your identity provider puts in the tokens it issues for OMS (MP_JWT_VERIFY_AUDIENCES); without it a token issued for another application would be accepted" .name .valuesKey) -}}
{{- end -}}
{{- if not $issuer -}}
{{- fail (printf "%s: no token issuer: set auth.issuer (or %s.auth.issuer) to the identity provider's issuer, exactly as in the tokens' iss claim (MP_JWT_VERIFY_ISSUER); the service refuses to start without it" .name .valuesKey) -}}
{{- end -}}
{{- if not $source -}}
{{- fail (printf "%s: no token verification key: set one of auth.publicKeyLocation (the identity provider's JWKS URL, or a file: path), auth.publicKeyConfigMap or auth.publicKeySecret (name and key of an existing ConfigMap or Secret holding a PEM or JWKS), or the same under %s.auth; the service refuses to start without it" .name .valuesKey) -}}
{{- end -}}
{{- /* Without a source (possible only under helm lint, whose fail does not stop the render) there is no location. */}}
issuer: {{ $issuer | quote }}
audience: {{ $audience | quote }}
{{- if eq $source "publicKeyLocation" }}
location: {{ $keyFrom.publicKeyLocation | quote }}
{{- else if $source }}
{{- $ref := get $keyFrom $source }}
location: {{ printf "file:%s/%s" (include "oms.auth.keyDirectory" .) $ref.key | quote }}
mount:
  kind: {{ ternary "configMap" "secret" (eq $source "publicKeyConfigMap") }}
  name: {{ $ref.name | quote }}
  key: {{ $ref.key | quote }}
{{- end }}
{{- end -}}

{{/* The volume holding a mounted key; nothing when the key is a location. */}}
{{- define "oms.auth.volume" -}}
{{- with (include "oms.auth" . | fromYaml).mount -}}
- name: jwt-verification-key
  {{- if eq .kind "configMap" }}
  configMap:
    name: {{ .name }}
  {{- else }}
  secret:
    secretName: {{ .name }}
  {{- end }}
    items:
      - key: {{ .key }}
        path: {{ .key }}
{{- end -}}
{{- end -}}

{{- define "oms.auth.volumeMount" -}}
{{- if (include "oms.auth" . | fromYaml).mount -}}
- name: jwt-verification-key
  mountPath: {{ include "oms.auth.keyDirectory" . }}
  readOnly: true
{{- end -}}
{{- end -}}
