/** Routes. Views load lazily, so each route carries only its own code. */
import { createRouter, createWebHistory, type RouteRecordRaw, type RouterHistory } from 'vue-router'
import NotFoundView from './views/NotFoundView.vue'

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: () => import('./views/HomeView.vue') },
  { path: '/search', name: 'search', component: () => import('./views/SearchView.vue') },
  {
    path: '/wiki/:lang/:title(.*)',
    name: 'wiki',
    component: () => import('./views/WikiTitleView.vue'),
  },
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
