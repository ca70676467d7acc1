// Loaded only by the redirect pages Astro writes for src/features/deep-links/redirects.ts. Their
// <meta http-equiv="refresh"> forwards without the #fragment, so /stack/kubernetes/#why-orchestration
// would land at the top of /stack/containers/; this forwards first and keeps it. If it cannot run
// (no JavaScript, or a policy blocks it) the meta refresh still forwards to the page.
const to = document.currentScript?.dataset.to;
if (to) location.replace(to.includes('#') ? to : to + location.hash);
