/**
 * The web page: the same three jobs as the task pane, over the same core, for desks without the
 * add-in. Every tab stays mounted so that picked files and results survive switching tabs.
 */
import { Caption1, MessageBar, MessageBarBody, Tab, TabList, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ProgrammeBundle } from "../core/programme/schema";
import { TAB_KEYS, toTabKey, type TabKey } from "../ui/model/app";
import { CheckTab } from "./CheckTab";
import { ConsolidateTab } from "./ConsolidateTab";
import { PageProvider, usePage, type PageServices } from "./context";
import type { Language } from "./strings";
import { TemplateTab } from "./TemplateTab";

export interface WebAppProps {
  readonly services: PageServices;
  readonly bundle: ProgrammeBundle;
  readonly lang: Language;
  /** Today, for choosing the default period. */
  readonly now: Date;
}

export function WebApp(props: WebAppProps): JSX.Element {
  return (
    <PageProvider {...props}>
      <Page />
    </PageProvider>
  );
}

const useStyles = makeStyles({
  page: { maxWidth: "60rem", margin: "0 auto", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  title: { margin: 0 },
});

const PANELS: Readonly<Record<TabKey, () => JSX.Element>> = { template: TemplateTab, check: CheckTab, consolidate: ConsolidateTab };

function Page(): JSX.Element {
  const { t, lang, runner } = usePage();
  const styles = useStyles();
  const [tab, setTab] = useState<TabKey>("template");
  const labels: Readonly<Record<TabKey, string>> = { template: t.tabTemplate, check: t.tabCheck, consolidate: t.tabConsolidate };
  return (
    <main lang={lang} className={styles.page}>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.title}>
          {t.appTitle}
        </Title3>
        <Caption1>{t.appLead}</Caption1>
        <Caption1>{t.privacy}</Caption1>
      </header>
      {runner.where() === "page" ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.pageMode}</MessageBarBody>
        </MessageBar>
      ) : null}
      <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(toTabKey(data.value))}>
        {TAB_KEYS.map((key) => (
          <Tab key={key} value={key} id={`tab-${key}`} aria-controls={`panel-${key}`}>
            {labels[key]}
          </Tab>
        ))}
      </TabList>
      {TAB_KEYS.map((key) => {
        const Panel = PANELS[key];
        return (
          <div key={key} role="tabpanel" id={`panel-${key}`} aria-labelledby={`tab-${key}`} hidden={tab !== key}>
            <Panel />
          </div>
        );
      })}
    </main>
  );
}
