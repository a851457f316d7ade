/** A failed action in the user's language: the host's plain words, or the error's own message. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Failure } from "./action";
import { usePane } from "./context";
import { errorMessage } from "./model/errors";

export function ErrorBar({ failure }: { readonly failure: Failure | undefined }): JSX.Element | null {
  const { t, lang } = usePane();
  if (failure === undefined) return null;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
        {errorMessage(failure.error, lang)}
      </MessageBarBody>
    </MessageBar>
  );
}
