// Import direction, checked in CI (`npm run lint`). The layers, from the outside in:
//   cli, http  →  modules  →  core
// and everyone may use signals/ and matching/, which import nothing else of Vigil's.
// See docs/architecture.md.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'signals-are-pure',
      comment: 'src/signals is a library: hashing knows nothing of HTTP, SQL or the rest of Vigil.',
      severity: 'error',
      from: { path: '^src/signals/' },
      to: { path: '^src/', pathNot: '^src/signals/' },
    },
    {
      name: 'matching-is-pure',
      comment: 'src/matching is a library: the indexes know nothing of HTTP, SQL or the rest of Vigil.',
      severity: 'error',
      from: { path: '^src/matching/' },
      to: { path: '^src/', pathNot: '^src/matching/' },
    },
    {
      name: 'core-depends-on-nothing-above-it',
      comment: 'core/ (config, db, errors, jobs, audit, clock) must not know the modules, HTTP or the CLI.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^src/(modules|http|cli|container\\.ts)' },
    },
    {
      name: 'services-know-no-http',
      comment: 'Services and repositories throw domain errors and return data; only *.routes.ts speak HTTP.',
      severity: 'error',
      from: { path: '^src/modules/', pathNot: '\\.routes\\.ts$|\\.test\\.ts$' },
      to: { path: '^src/(http|cli)/' },
    },
    {
      name: 'no-cli-below-cli',
      comment: 'Nothing but the CLI imports the CLI.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/cli/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'repositories-stay-in-their-module',
      comment: 'A module uses another module through its service, never its repository.',
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/[^/]+/[^/]+\\.repository\\.ts$', pathNot: '^src/modules/$1/' },
    },
    {
      name: 'web-uses-only-the-public-api',
      comment: 'The web UI talks to Vigil only over HTTP through its typed client (web/src/api); it never imports server code.',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^(src|test|bench|scripts)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'src-does-not-import-tests',
      severity: 'error',
      from: { path: '^src/', pathNot: '\\.test\\.ts$' },
      to: { path: '^(test|bench)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js'] },
  },
};
