// A stand-in OpenID Connect provider for the browser tests (scripts/console-e2e.sh starts it): discovery, a sign-in
// page where a person types a name and picks roles (or cancels), the token endpoint and the keys. It checks what a
// provider checks of a client (secret, redirect URI, PKCE's S256 verifier) and signs with the key it is given, so the
// services trust its access tokens as they would a real provider's.
//   ISSUER=http://127.0.0.1:18284 SIGNING_KEY=dev/jwt/dev-private-key.pem CLIENT_ID=... CLIENT_SECRET=... node identity-provider.js
import { createServer } from 'node:http';
import { createHash, createPrivateKey, createPublicKey, randomBytes, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';

const ISSUER = process.env.ISSUER;
const CLIENT_ID = process.env.CLIENT_ID;
const CLIENT_SECRET = process.env.CLIENT_SECRET;
const PRIVATE_KEY = createPrivateKey(readFileSync(process.env.SIGNING_KEY));
const KEY_ID = 'stand-in';
const JWK = { ...createPublicKey(PRIVATE_KEY).export({ format: 'jwk' }), kid: KEY_ID, use: 'sig', alg: 'RS256' };
const ROLES = ['customer', 'fulfilment', 'catalog-admin', 'operator'];
const pending = new Map(); // sign-in page shown -> the client's request
const grants = new Map(); // code -> what it was issued for

const base64url = (data) => Buffer.from(data).toString('base64url');
const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function jwt(claims) {
  const now = Math.floor(Date.now() / 1000);
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: KEY_ID }));
  const payload = base64url(JSON.stringify({ iss: ISSUER, iat: now, exp: now + 900, ...claims }));
  return `${header}.${payload}.${base64url(sign('sha256', Buffer.from(`${header}.${payload}`), PRIVATE_KEY))}`;
}

function json(response, status, body) {
  response.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(body));
}

function back(response, request, parameters) {
  const target = new URL(request.redirect_uri);
  for (const [name, value] of Object.entries({ ...parameters, state: request.state })) target.searchParams.set(name, value);
  response.writeHead(302, { Location: target.toString() });
  response.end();
}

async function form(request) {
  let body = '';
  for await (const chunk of request) body += chunk;
  return new URLSearchParams(body);
}

function signInPage(response, id) {
  const roles = ROLES.map((role) => `<label><input type="checkbox" name="role" value="${role}"> ${role}</label>`).join('\n');
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Stand-in identity provider</title></head>
<body><main><h1>Stand-in identity provider</h1>
<form method="post" action="/authorize"><input type="hidden" name="request" value="${escape(id)}">
<label for="username">User name</label> <input id="username" name="username" required>
<fieldset><legend>Roles</legend>${roles}</fieldset>
<button type="submit" name="decision" value="approve">Sign in</button>
<button type="submit" name="decision" value="cancel" formnovalidate>Cancel</button></form></main></body></html>`);
}

createServer(async (request, response) => {
  const url = new URL(request.url, ISSUER);
  if (request.method === 'GET' && url.pathname === '/.well-known/openid-configuration') {
    return json(response, 200, {
      issuer: ISSUER,
      authorization_endpoint: `${ISSUER}/authorize`,
      token_endpoint: `${ISSUER}/token`,
      jwks_uri: `${ISSUER}/keys`,
      response_types_supported: ['code'],
      code_challenge_methods_supported: ['S256'],
      id_token_signing_alg_values_supported: ['RS256'],
    });
  }
  if (request.method === 'GET' && url.pathname === '/keys') return json(response, 200, { keys: [JWK] });
  if (request.method === 'GET' && url.pathname === '/authorize') {
    const asked = Object.fromEntries(url.searchParams);
    if (asked.client_id !== CLIENT_ID || asked.response_type !== 'code' || asked.code_challenge_method !== 'S256'
      || !asked.code_challenge || !asked.redirect_uri) {
      return json(response, 400, { error: 'invalid_request' });
    }
    const id = randomBytes(16).toString('hex');
    pending.set(id, asked);
    return signInPage(response, id);
  }
  if (request.method === 'POST' && url.pathname === '/authorize') {
    const answer = await form(request);
    const asked = pending.get(answer.get('request'));
    pending.delete(answer.get('request'));
    if (!asked) return json(response, 400, { error: 'invalid_request' });
    if (answer.get('decision') !== 'approve') return back(response, asked, { error: 'access_denied' });
    const code = randomBytes(24).toString('base64url');
    const roles = answer.getAll('role').filter((role) => ROLES.includes(role));
    grants.set(code, { asked, subject: answer.get('username'), roles });
    return back(response, asked, { code });
  }
  if (request.method === 'POST' && url.pathname === '/token') {
    const asked = Object.fromEntries(await form(request));
    const basic = 'Basic ' + Buffer.from(`${encodeURIComponent(CLIENT_ID)}:${encodeURIComponent(CLIENT_SECRET)}`).toString('base64');
    const grant = grants.get(asked.code);
    grants.delete(asked.code);
    if (request.headers.authorization !== basic) return json(response, 401, { error: 'invalid_client' });
    if (!grant || asked.grant_type !== 'authorization_code' || asked.redirect_uri !== grant.asked.redirect_uri
      || base64url(createHash('sha256').update(asked.code_verifier || '').digest()) !== grant.asked.code_challenge) {
      return json(response, 400, { error: 'invalid_grant' });
    }
    return json(response, 200, {
      token_type: 'Bearer',
      expires_in: 900,
      access_token: jwt({ sub: grant.subject, upn: grant.subject, aud: 'oms', groups: grant.roles }),
      id_token: jwt({ sub: grant.subject, aud: CLIENT_ID, nonce: grant.asked.nonce }),
    });
  }
  json(response, 404, { error: 'not_found' });
}).listen(Number(new URL(ISSUER).port), '127.0.0.1');
