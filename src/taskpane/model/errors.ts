/** How a failed action is worded for the user. */
import type { Language } from "../../core/check/messages";
import { HostActionError } from "../../excel/service";
import { hostErrorMessage } from "../host-messages";

/** What the user reads when an action fails: a host error in their language, else the error's own words. */
export function errorMessage(error: unknown, lang: Language): string {
  if (error instanceof HostActionError) return hostErrorMessage(error, lang);
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
