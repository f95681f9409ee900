// Posts the boundary-contract report as one merge-request note, and updates that same note on later runs
// (found by the marker the report starts with). Node 18+ with no dependencies; GitLab CI variables in.
// Usage: node gitlab-note.mjs <comment.md>
// Environment: INTERLOCK_NOTE_TOKEN, CI_API_V4_URL, CI_PROJECT_ID, CI_MERGE_REQUEST_IID (set by GitLab).
import { readFileSync } from 'node:fs';

const MARKER = '<!-- interlock-gate -->';

async function main() {
  const file = process.argv[2];
  const { INTERLOCK_NOTE_TOKEN: token, CI_API_V4_URL: api, CI_PROJECT_ID: project, CI_MERGE_REQUEST_IID: iid } = process.env;
  if (!file || !token || !api || !project || !iid) {
    console.error('gitlab-note: needs <comment.md> and INTERLOCK_NOTE_TOKEN, CI_API_V4_URL, CI_PROJECT_ID, CI_MERGE_REQUEST_IID');
    return 2;
  }
  const body = readFileSync(file, 'utf8');
  const notes = `${api}/projects/${encodeURIComponent(project)}/merge_requests/${encodeURIComponent(iid)}/notes`;
  const headers = { 'PRIVATE-TOKEN': token, 'Content-Type': 'application/json' };

  let existing;
  for (let page = 1; page !== 0 && existing === undefined; ) {
    const res = await fetch(`${notes}?per_page=100&page=${page}`, { headers });
    if (!res.ok) throw new Error(`listing notes failed: HTTP ${res.status}`);
    const list = await res.json();
    existing = list.find((n) => typeof n.body === 'string' && n.body.startsWith(MARKER));
    page = Number(res.headers.get('x-next-page') || 0);
  }
  const res = existing === undefined
    ? await fetch(notes, { method: 'POST', headers, body: JSON.stringify({ body }) })
    : await fetch(`${notes}/${existing.id}`, { method: 'PUT', headers, body: JSON.stringify({ body }) });
  if (!res.ok) throw new Error(`${existing === undefined ? 'posting' : 'updating'} the note failed: HTTP ${res.status}`);
  console.log(`gitlab-note: ${existing === undefined ? 'posted' : 'updated'} the report on merge request !${iid}`);
  return 0;
}

main().then((code) => { process.exitCode = code; }, (error) => {
  // A note that cannot be posted must not hide the gate's own verdict: report it and let the job go on.
  console.error(`gitlab-note: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 0;
});
