/** Application ids: checked before anything is sent, and made for a submission that needs one. */
import { FlinkInputError } from "../errors.js";
import { APPLICATION_ID } from "../run/fields.js";

/**
 * Refuses an id Flink would answer 400 to (anything but 32 hexadecimal characters), and returns
 * it in lower case, as Flink reads and shows it.
 */
export function checkApplicationId(helper: string, applicationId: string): string {
  if (typeof applicationId !== "string" || !APPLICATION_ID.test(applicationId)) {
    throw new FlinkInputError(
      "invalid-path-parameter",
      `${helper}: an application id is 32 hexadecimal characters, got ${JSON.stringify(applicationId)}.`,
      { field: "applicationId" },
    );
  }
  return applicationId.toLowerCase();
}
