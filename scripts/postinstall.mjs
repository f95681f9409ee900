// npm's postinstall hook (plain JavaScript, so any Node can run it): says once what a user of an older
// system Node should know, and warns, with the fix, when no browser is available for the tests.
const [major, minor] = process.versions.node.split('.').map(Number);
const runsTypeScript = major > 22 || (major === 22 && minor >= 18);

// npm itself may run on an older system Node than the pinned one in node_modules/.bin; its engine warnings
// are silenced in .npmrc (one per package, and none asks the user to do anything), so say it here, once.
const npmNode = /\bnode\/v(\d+)\.(\d+)/.exec(process.env.npm_config_user_agent ?? '');
if (npmNode !== null && (Number(npmNode[1]) < 22 || (Number(npmNode[1]) === 22 && Number(npmNode[2]) < 18))) {
  console.warn(
    `\ninterlock: your system Node is v${npmNode[1]}.${npmNode[2]}; the site's tools need 22.18 or newer. npm installed Node 24 ` +
      'into node_modules/.bin, and every `npm run` / `npm exec` uses it, so run Interlock through npm (not a bare `node`).\n',
  );
}

if (runsTypeScript) {
  const { BrowserNotFoundError, findChromium, NO_BROWSER_HELP } = await import('../src/node/browser/find-chromium.ts');
  try {
    if (!findChromium()) console.warn(`\ninterlock: no Chromium-based browser found.\n${NO_BROWSER_HELP}\n`);
  } catch (error) {
    // A misconfigured INTERLOCK_CHROMIUM must not fail the install; it is reported and fixed later.
    if (error instanceof BrowserNotFoundError) console.warn(`\ninterlock: ${error.message}\n`);
    else throw error;
  }
}
