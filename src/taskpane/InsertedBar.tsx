/** What an insert wrote, and which template features this Excel could not apply. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Feature } from "../excel/service";
import { describeSkipped } from "./model";
import { STRINGS, type Language } from "./strings";

export interface Inserted {
  readonly sheets: readonly string[];
  readonly skipped: readonly Feature[];
}

export interface InsertedBarProps {
  readonly inserted: Inserted;
  readonly lang: Language;
}

export function InsertedBar({ inserted, lang }: InsertedBarProps): JSX.Element {
  const t = STRINGS[lang];
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
