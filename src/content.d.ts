declare module 'virtual:content' {
  const content: import('./domain/content').Content;
  export default content;
}
