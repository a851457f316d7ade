/**
 * The task pane: one tab per job. Every tab stays mounted so a check's results, picked files
 * and a half-made choice survive switching tabs. Everything Excel-facing comes in through
 * `service`, handed to the tabs with the bundle, language and date by the pane's context.
 */
import { Tab, TabList } from "@fluentui/react-components";
import { useState } from "react";
import type { ProgrammeBundle } from "../core/programme/schema";
import type { AddinService } from "../excel/service";
import { CheckTab } from "./CheckTab";
import { ConsolidateTab } from "./ConsolidateTab";
import { PaneProvider, usePane } from "./context";
import { EvaluateTab } from "./EvaluateTab";
import { PANE_TABS, toPaneTab, type PaneTab } from "./tabs";
import type { Language } from "./strings";
import { TemplateTab } from "./TemplateTab";

export interface AppProps {
  readonly service: AddinService;
  readonly bundle: ProgrammeBundle;
  readonly lang: Language;
  /** Today, for choosing the default period; passed in so tests can fix it. */
  readonly now: Date;
}

export function App(props: AppProps): JSX.Element {
  return (
    <PaneProvider {...props}>
      <Tabs />
    </PaneProvider>
  );
}

const PANELS: Readonly<Record<PaneTab, () => JSX.Element>> = {
  template: TemplateTab,
  check: CheckTab,
  consolidate: ConsolidateTab,
  evaluate: EvaluateTab,
};

function Tabs(): JSX.Element {
  const { t, lang } = usePane();
  const [tab, setTab] = useState<PaneTab>("template");
  const labels: Readonly<Record<PaneTab, string>> = {
    template: t.tabTemplate,
    check: t.tabCheck,
    consolidate: t.tabConsolidate,
    evaluate: t.tabEvaluate,
  };
  return (
    <main lang={lang}>
      <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(toPaneTab(data.value))}>
        {PANE_TABS.map((key) => (
          <Tab key={key} value={key} id={`tab-${key}`} aria-controls={`panel-${key}`}>
            {labels[key]}
          </Tab>
        ))}
      </TabList>
      {PANE_TABS.map((key) => {
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
