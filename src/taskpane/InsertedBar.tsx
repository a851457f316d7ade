/** What an insert wrote, and which template features this Excel could not apply. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Feature } from "../excel/service";
import { usePane } from "./context";
import { describeSkipped } from "./model/template";

export interface Inserted {
  readonly sheets: readonly string[];
  readonly skipped: readonly Feature[];
}

export function InsertedBar({ inserted }: { readonly inserted: Inserted }): JSX.Element {
  const { t } = usePane();
  const skipped = describeSkipped(inserted.skipped);
  return (
    <>
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.inserted}</MessageBarTitle>
          {t.insertedSheets(inserted.sheets.join(", "))}
        </MessageBarBody>
      </MessageBar>
      {skipped.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.skippedTitle}</MessageBarTitle>
            <ul>
              {skipped.map((s) => (
                <li key={s.feature}>{t.skippedFeature(t.features[s.feature], s.excel)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}
