// Calls the services through the console (same origin) and turns their problem details into words for people.
import { current } from './session.js';

export class Problem extends Error {
  constructor(status, problem) {
    super(explain(status, problem));
    this.status = status;
    this.problem = problem;
  }
}

function explain(status, problem) {
  if (status === 401) return 'Your sign-in has expired or is not accepted. Sign in again.';
  if (status === 403) return 'You are not allowed to do this' + (problem.detail ? ': ' + problem.detail : '.');
  const parts = [];
  if (problem.title) parts.push(problem.title + '.');
  if (problem.detail) parts.push(problem.detail);
  for (const error of problem.errors || []) parts.push(`${error.field}: ${error.message}.`);
  if (status === 503) parts.push('The service is busy; try again in a moment.');
  return parts.length ? parts.join(' ') : `The request failed (HTTP ${status}).`;
}

export async function call(method, path, { body, headers = {} } = {}) {
  const session = current();
  // the mark lets the console turn a provider session's cookie into the bearer token; no other site can send it
  const sent = { Accept: 'application/json, application/problem+json', 'X-OMS-Console': '1', ...headers };
  if (session?.token) sent.Authorization = 'Bearer ' + session.token;
  if (body !== undefined) sent['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, { method, headers: sent, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (unreachable) {
    throw new Problem(0, { title: 'The console cannot be reached', detail: 'Check your connection and try again.' });
  }
  const text = await response.text();
  const content = text ? parseJson(text) : null;
  if (!response.ok) throw new Problem(response.status, content || {});
  return { status: response.status, etag: response.headers.get('ETag'), body: content };
}

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch (notJson) {
    return { detail: text.slice(0, 200) };
  }
}

export const get = (path, options) => call('GET', path, options);
export const post = (path, body, options = {}) => call('POST', path, { ...options, body });
export const put = (path, body, options = {}) => call('PUT', path, { ...options, body });
export const patch = (path, body, options = {}) => call('PATCH', path, { ...options, body });
