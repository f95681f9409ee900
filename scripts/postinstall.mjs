// npm's postinstall hook. After a normal install it runs on the pinned Node 24 and checks for a browser;
// on an older Node (npm install --package-lock-only has no node_modules yet) it has nothing to do.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major > 22 || (major === 22 && minor >= 18)) {
  await import('./postinstall.ts');
}
