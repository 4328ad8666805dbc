// `import href from "./view.css?url"`: Vite builds the stylesheet and gives its URL (common/stylesheet.ts).
declare module "*.css?url" {
  const href: string;
  export default href;
}
