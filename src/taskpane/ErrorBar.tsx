/** A failed action in the user's language: the host's plain words, or the error's own message. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { errorMessage } from "./model";
import { STRINGS, type Language } from "./strings";
import type { Failure } from "./action";

export interface ErrorBarProps {
  readonly failure: Failure | undefined;
  readonly lang: Language;
}

export function ErrorBar({ failure, lang }: ErrorBarProps): JSX.Element | null {
  if (failure === undefined) return null;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{STRINGS[lang].errorTitle}</MessageBarTitle>
        {errorMessage(failure.error, lang)}
      </MessageBarBody>
    </MessageBar>
  );
}
