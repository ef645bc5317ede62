/** Types of scripts/site-pages.mjs, for the tests that render the guide pages. */
export declare const REPOSITORY: string;
/** [source Markdown, output page, navigation title] */
export declare const PAGES: ReadonlyArray<readonly [string, string, string]>;
export declare function relink(href: string, source: string): string;
export declare function renderPage(markdown: string, source: string): string;
