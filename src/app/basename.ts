/** The router's basename: `/advisor` for a `BASE_PATH=/advisor/` build, `/` at the domain root. */
export const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';
