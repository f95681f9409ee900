// Starlight route middleware: on the onboarding path, Previous/Next follow the path (not the sidebar), so a
// newcomer who keeps clicking Next from "Start here" reads the handbook in the intended order.
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getCollection } from 'astro:content';
import { onboardingPlace } from './onboarding.ts';

let titles: Map<string, string> | undefined;

export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  const place = onboardingPlace(route.id);
  if (place === undefined) return;
  titles ??= new Map((await getCollection('docs')).map((entry) => [entry.id, entry.data.title]));
  const link = (id: string | undefined) => {
    if (id === undefined) return undefined;
    const label = titles!.get(id);
    if (label === undefined) throw new Error(`the onboarding path names ${id}, which is not a handbook page`);
    return { type: 'link' as const, label, href: `/${id}/`, isCurrent: false, badge: undefined, attrs: {} };
  };
  route.pagination = { prev: link(place.prev), next: link(place.next) };
});
