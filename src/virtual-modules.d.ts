// Types of the virtual modules the site's integrations provide.
declare module 'virtual:interlock/repository' {
  /** Interlock's repository, loaded once per build by src/site/repository-integration.ts. */
  export const repository: import('./node/repository.ts').Repository;
}
