import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import { select, selectAll } from 'hast-util-select';
import type { Nodes as MdastNodes, Text as MdastText } from 'mdast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

/** A page whose policy text cannot be taken out of it (a selector matches nothing, or is not CSS). */
export class ConvertError extends Error {
  override name = 'ConvertError';
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`${url}: ${reason}`);
  }
}

export interface ConvertOptions {
  /** The page's address, for links relative to it. */
  url: string;
  /** CSS selectors of the policy text, in order of preference: the first one that matches wins. */
  select?: readonly string[];
  /** CSS selectors of elements to drop inside it (cookie banners, "print this page", navigation). */
  remove?: readonly string[];
}

/** Never policy prose: code, embedded objects, media, form controls, navigation (a policy's own table of contents repeats its headings). */
const ALWAYS_DROPPED = 'nav, [role="navigation"], script, style, noscript, template, iframe, object, embed, canvas, svg, img, picture, video, audio, map, button, input, select, textarea, dialog[aria-modal="true"]';

const toMarkdown = unified()
  .use(rehypeRemark)
  .use(remarkGfm)
  .use(remarkStringify, {
    bullet: '*',
    emphasis: '_',
    strong: '*',
    rule: '-',
    fences: true,
    handlers: {
      // "AT&T" would come out as "AT\&T": the escape is needed only where the ampersand could start a
      // character reference, and elsewhere it would keep a reader's verbatim quote from matching the source.
      text: (node: MdastText, _parent, state, info) => state.safe(node.value, info).replace(/\\&(?!#|[A-Za-z0-9]+;)/g, '&'),
    },
  });

/**
 * The policy text of an HTML page as Markdown: the first element matching a `select` selector (the
 * whole body when none is given), without the `remove` ones and without scripts, media and forms;
 * links made absolute. Throws ConvertError when a selector matches nothing or is not valid CSS.
 */
export function htmlToMarkdown(html: string, options: ConvertOptions): string {
  const tree = unified().use(rehypeParse).parse(html);
  const base = baseUrl(tree, options.url);
  const scope = pickScope(tree, options);
  const dropped = new Set<HastContent>(query(ALWAYS_DROPPED, scope, options.url));
  for (const selector of options.remove ?? []) for (const el of query(selector, scope, options.url)) dropped.add(el);
  const kept = prune(scope, dropped);
  resolveLinks(kept, base);
  const mdast = toMarkdown.runSync({ type: 'root', children: kept.type === 'root' ? kept.children : [kept] });
  dropEmpty(mdast);
  return toMarkdown.stringify(mdast).trim();
}

function pickScope(tree: HastRoot, options: ConvertOptions): HastRoot | Element {
  if (!options.select) return select('body', tree) ?? tree;
  for (const selector of options.select) {
    const [first] = query(selector, tree, options.url, true);
    if (first) return first;
  }
  throw new ConvertError(options.url, `no element matches the policy selector${options.select.length > 1 ? 's' : ''} ${options.select.map((s) => `"${s}"`).join(', ')}`);
}

function query(selector: string, tree: HastRoot | Element, url: string, firstOnly = false): Element[] {
  try {
    if (!firstOnly) return selectAll(selector, tree);
    const one = select(selector, tree);
    return one ? [one] : [];
  } catch (err) {
    throw new ConvertError(url, `"${selector}" is not a CSS selector this tracker understands (${(err as Error).message})`);
  }
}

/** A copy of the subtree without the dropped elements (the parsed page itself is left alone). */
function prune<T extends HastRoot | Element>(node: T, dropped: Set<HastContent>): T {
  const children = node.children.filter((c) => !dropped.has(c)).map((c) => (c.type === 'element' ? prune(c, dropped) : c));
  return { ...node, children };
}

function baseUrl(tree: HastRoot, pageUrl: string): URL {
  const href = select('base[href]', tree)?.properties.href;
  try {
    return new URL(typeof href === 'string' ? href : pageUrl, pageUrl);
  } catch {
    return new URL(pageUrl);
  }
}

/** Relative links would render as bare text on the site (only http(s) and mailto links are shown as links). */
function resolveLinks(node: HastRoot | HastContent, base: URL): void {
  if (node.type !== 'element' && node.type !== 'root') return;
  if (node.type === 'element' && node.tagName === 'a') {
    const url = typeof node.properties.href === 'string' ? parseUrl(node.properties.href, base) : null;
    // A javascript: or unparsable link keeps its words as plain text.
    if (url && ['http:', 'https:', 'mailto:'].includes(url.protocol)) node.properties.href = url.href;
    else node.tagName = 'span';
  }
  for (const child of node.children) resolveLinks(child, base);
}

/** Empty headings ("##") and empty paragraphs are layout, and the seed's parser refuses an empty heading. */
function dropEmpty(node: MdastNodes): void {
  if (!('children' in node)) return;
  const children = node.children as MdastNodes[];
  for (let i = children.length - 1; i >= 0; i -= 1) {
    const child = children[i]!;
    dropEmpty(child);
    if ((child.type === 'heading' || child.type === 'paragraph' || child.type === 'link') && !textOf(child).trim()) children.splice(i, 1);
  }
}

function textOf(node: MdastNodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? (node.children as MdastNodes[]).map(textOf).join('') : '';
}

/** URL.parse arrived in Node 20.18; the project supports every Node 20. */
function parseUrl(href: string, base: URL): URL | null {
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}
