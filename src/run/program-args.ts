/** The program's arguments as /run gathers them from the body and the query. */
import { refuse } from "./refusal.js";

/** Flink's tokenizer for the old `programArgs` string: whitespace-separated, quotes group words. */
export function tokenizeProgramArgs(args: string | undefined): string[] {
  if (args === undefined) {
    return [];
  }
  const tokens: string[] = [];
  for (const m of args.matchAll(/([^"']\S*|".+?"|'.+?')\s*/g)) {
    tokens.push(m[0].trim().replaceAll('"', "").replaceAll("'", ""));
  }
  return tokens;
}

/** The arguments main() gets: the list form (body, then query), else the old string form; both is a 400. */
export function resolveProgramArgs(
  list: readonly string[] | undefined,
  queryList: readonly string[],
  oldForm: string | undefined,
): string[] {
  const args = list ?? queryList;
  const old = tokenizeProgramArgs(oldForm);
  if (args.length > 0 && old.length > 0) {
    throw refuse(
      "conflicting-fields",
      "programArgs and programArgsList are both given: Flink answers 400. Use programArgsList only.",
      {
        field: "programArgs",
        answer: {
          status: 400,
          message: "Confusing request: programArgs and programArgsList are specified, please, use only programArgsList",
        },
      },
    );
  }
  return args.length > 0 ? [...args] : old;
}
