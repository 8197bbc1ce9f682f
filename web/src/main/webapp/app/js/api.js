// REST calls to /api/v1 with the session cookie and the CSRF token; failures throw the problem.

let csrfToken = null;

export function setCsrf(token) {
  csrfToken = token;
}

/** An RFC 9457 problem answered by the server. */
export class Problem extends Error {
  constructor(problem) {
    super(problem.detail || problem.title || `HTTP ${problem.status}`);
    this.problem = problem;
    this.status = problem.status;
  }
}

/**
 * Calls the API. `body` is sent as JSON unless it is a Blob (sent raw). Options: headers.
 * Returns {status, headers, body} with the parsed JSON body (or null).
 */
export async function call(method, path, body, options = {}) {
  const headers = { Accept: 'application/json', 'X-Requested-With': 'parley', ...(options.headers || {}) };
  let payload;
  if (body instanceof Blob) {
    payload = body;
    headers['Content-Type'] = body.type || 'application/octet-stream';
  } else if (body !== undefined) {
    payload = JSON.stringify(body);
    headers['Content-Type'] = 'application/json';
  }
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response;
  try {
    response = await fetch(`/api/v1${path}`, { method, headers, body: payload, credentials: 'same-origin' });
  } catch (e) {
    throw new Problem({ status: 0, title: 'Network error', detail: 'The server cannot be reached' });
  }
  const text = await response.text();
  let json = null;
  if (text) {
    try { json = JSON.parse(text); } catch (e) { json = null; }
  }
  if (!response.ok) {
    throw new Problem(json && json.status ? json : { status: response.status, title: response.statusText });
  }
  return { status: response.status, headers: response.headers, body: json };
}

export const get = async (path) => (await call('GET', path)).body;
export const post = async (path, body, options) => (await call('POST', path, body ?? {}, options)).body;
export const put = async (path, body, options) => (await call('PUT', path, body ?? {}, options)).body;
export const patch = async (path, body, options) => (await call('PATCH', path, body ?? {}, options)).body;
export const del = async (path, options) => (await call('DELETE', path, undefined, options)).body;

export const enc = encodeURIComponent;
