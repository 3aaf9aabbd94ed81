/** Routes. Views load lazily, so each route carries only its own code. */
import { createRouter, createWebHistory, type RouteRecordRaw, type RouterHistory } from 'vue-router'
import NotFoundView from './views/NotFoundView.vue'

declare module 'vue-router' {
  interface RouteMeta {
    /** The view is the whole page: no site header, footer or skip link (embeds). */
    bare?: boolean
  }
}

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: () => import('./views/HomeView.vue') },
  { path: '/search', name: 'search', component: () => import('./views/SearchView.vue') },
  {
    path: '/wiki/:lang/:title(.*)',
    name: 'wiki',
    component: () => import('./views/WikiTitleView.vue'),
  },
  // One section of a topic, alone, for other sites' frames (docs/embedding.md). `bare`: the view
  // is the whole page, without the site's header and footer. Any other /embed/… path is an embed
  // too, one that says what is wrong inside the frame.
  // Any SPARQL query drawn as a table or a chart (docs/embedding.md, "Any query, any chart").
  {
    path: '/embed/query',
    name: 'embed-query',
    component: () => import('./views/QueryEmbedView.vue'),
    meta: { bare: true },
  },
  {
    path: '/embed/:id/:section',
    name: 'embed',
    component: () => import('./views/EmbedView.vue'),
    meta: { bare: true },
  },
  {
    path: '/embed/:rest(.*)*',
    name: 'embed-invalid',
    component: () => import('./views/EmbedView.vue'),
    meta: { bare: true },
  },
  { path: '/query', name: 'query', component: () => import('./views/QueryBuilderView.vue') },
  { path: '/:id([^/]+)', name: 'topic', component: () => import('./views/TopicView.vue') },
  { path: '/:pathMatch(.*)*', name: 'notfound', component: NotFoundView },
]

/** The app's router; tests pass a memory history. */
export function createKoosteRouter(
  history: RouterHistory = createWebHistory(import.meta.env.BASE_URL),
) {
  return createRouter({
    history,
    routes,
    scrollBehavior: (to, from, saved) => {
      if (saved) return saved
      if (to.hash) return { el: to.hash }
      return to.path === from.path ? false : { top: 0 }
    },
  })
}
