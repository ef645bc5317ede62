export interface LineInfo {
  readonly line: string;
  readonly release: string;
  readonly catalog?: {
    readonly moduleReleases?: Readonly<Record<string, string>>;
    readonly unavailable?: Readonly<Record<string, string>>;
  };
  readonly cluster?: { readonly confFile: string; readonly dirKeys: string };
}
export declare const ROOT: string;
export declare const LINES: readonly LineInfo[];
export declare const FLINK_LINES: readonly string[];
export declare const CLUSTER_LINES: readonly string[];
export declare const NEWEST_LINE: string;
export declare function lineInfo(version: string): LineInfo;
