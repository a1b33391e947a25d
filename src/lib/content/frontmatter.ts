// Splits an article file into its YAML frontmatter and its Markdown body.

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*(\r?\n|$)/m;

export interface SplitArticle {
  /** The frontmatter's YAML text. */
  yaml: string;
  /** The Markdown text after the frontmatter. */
  body: string;
  /** Line of the file where the body begins. */
  bodyLine: number;
}

/** The frontmatter and the body, or null when the file does not start with a frontmatter block. */
export function splitFrontmatter(text: string): SplitArticle | null {
  const match = FRONTMATTER.exec(text);
  if (!match || match.index !== 0) return null;
  return { yaml: match[1]!, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}
