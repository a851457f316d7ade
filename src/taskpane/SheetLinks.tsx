/** A heading and a link to each sheet an action wrote (the report's, the evaluation's). */
import { Body1Strong, Link, makeStyles, tokens } from "@fluentui/react-components";
import { useLayoutStyles } from "../ui/layout";
import { usePane } from "./context";

const useStyles = makeStyles({
  heading: { margin: 0 },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

export interface SheetLinksProps {
  readonly heading: string;
  readonly sheets: readonly string[];
  readonly onOpenSheet: (sheet: string) => void;
}

export function SheetLinks({ heading, sheets, onOpenSheet }: SheetLinksProps): JSX.Element {
  const { t } = usePane();
  const styles = { ...useLayoutStyles(), ...useStyles() };
  return (
    <div className={styles.group}>
      <Body1Strong as="h3" className={styles.heading}>
        {heading}
      </Body1Strong>
      <ul className={styles.list}>
        {sheets.map((sheet) => (
          <li key={sheet}>
            <Link aria-label={t.goToSheet(sheet)} onClick={() => onOpenSheet(sheet)}>
              {sheet}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
