/*
 * Stops an install, build, test or start on a Node older than the dependencies need, with one line that says
 * which version is needed and how to get it. Run by npm before `npm ci` / `npm install` (preinstall) and before
 * `npm start`, `npm test`, `npm run build` and `npm run dev` (their pre-scripts).
 *
 * Plain CommonJS with no syntax newer than ES2015 and nothing but `process`: it must run, and say its line, on
 * the old Node it refuses, before any of the project's own TypeScript could load.
 */
'use strict';

// The floor is the highest that any dependency declares (package.json "engines"): jsdom 31 needs
// ^22.22.2 || >=24.15.0; html-validate and lighthouse need less.
var NEEDED = 'Node 24.15+ (or 22.22.2+)';

/** True when `version` ("v24.15.0") is in ^22.22.2 || >=24.15.0. */
function isSupported(version) {
  var parts = String(version).replace(/^v/, '').split('.').map(Number);
  var major = parts[0] || 0;
  var minor = parts[1] || 0;
  var patch = parts[2] || 0;
  if (major === 22) return minor > 22 || (minor === 22 && patch >= 2);
  if (major === 24) return minor >= 15;
  return major > 24;
}

if (!isSupported(process.version)) {
  process.stderr.write(
    'error: this project needs ' +
      NEEDED +
      '; you have ' +
      process.version +
      ' — install Node 24 (https://nodejs.org, or `npm install --prefix .cache/node node@24` and put ' +
      '.cache/node/node_modules/.bin first on your PATH)\n',
  );
  process.exit(1);
}

module.exports = { isSupported: isSupported };
