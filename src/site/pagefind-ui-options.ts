// The slice of Pagefind UI's options that Starlight passes through; the package has no type declarations.
export interface PagefindUIOptions {
  element: string;
  [option: string]: unknown;
}
