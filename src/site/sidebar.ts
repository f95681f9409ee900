// The handbook's curated learning order. Starlight's autogenerate only works under src/content/docs,
// and a newcomer needs a deliberate path anyway, so every entry is listed here by slug.
export interface SidebarGroup {
  label: string;
  items: Array<string | { label: string; link: string }>;
  collapsed?: boolean;
}

export const sidebar: SidebarGroup[] = [
  {
    label: 'Start here',
    items: ['start-here', 'run-for-your-team'],
  },
];
