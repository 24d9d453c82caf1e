// Who is signed in: the token and what it says, kept for this browser tab only.
const KEY = 'oms.console.session';

export function current() {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return null;
  const session = JSON.parse(raw);
  if (new Date(session.expiresAt) <= new Date()) {
    sessionStorage.removeItem(KEY);
    return null;
  }
  return session;
}

export function start(signedIn) {
  sessionStorage.setItem(KEY, JSON.stringify(signedIn));
}

export function end() {
  sessionStorage.removeItem(KEY);
}

export function has(role) {
  const session = current();
  return session !== null && session.roles.includes(role);
}

// On a page for some roles: back to the sign-in unless the session has one of them.
export function requireRole(...roles) {
  const session = current();
  if (!session || !roles.some((role) => session.roles.includes(role))) {
    location.assign('index.html');
    throw new Error('not signed in');
  }
  return session;
}
