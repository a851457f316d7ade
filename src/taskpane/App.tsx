/**
 * The task pane: one tab per job. Every tab stays mounted so a check's results, picked files
 * and a half-made choice survive switching tabs. Everything Excel-facing comes in through `service`.
 */
import { Tab, TabList } from "@fluentui/react-components";
import { useState } from "react";
import type { ProgrammeBundle } from "../core/programme/schema";
import type { AddinService } from "../excel/service";
import { CheckTab } from "./CheckTab";
import { ConsolidateTab } from "./ConsolidateTab";
import { toTabKey, type TabKey } from "./model";
import { STRINGS, type Language } from "./strings";
import { TemplateTab } from "./TemplateTab";

export interface AppProps {
  readonly service: AddinService;
  readonly bundle: ProgrammeBundle;
  readonly lang: Language;
  /** Today, for choosing the default period; passed in so tests can fix it. */
  readonly now: Date;
}

export function App({ service, bundle, lang, now }: AppProps): JSX.Element {
  const t = STRINGS[lang];
  const [tab, setTab] = useState<TabKey>("template");
  const tabs: readonly { key: TabKey; label: string; panel: JSX.Element }[] = [
    { key: "template", label: t.tabTemplate, panel: <TemplateTab service={service} bundle={bundle} lang={lang} now={now} /> },
    { key: "check", label: t.tabCheck, panel: <CheckTab service={service} bundle={bundle} lang={lang} /> },
    { key: "consolidate", label: t.tabConsolidate, panel: <ConsolidateTab service={service} bundle={bundle} lang={lang} now={now} /> },
  ];
  return (
    <main lang={lang}>
      <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(toTabKey(data.value))}>
        {tabs.map(({ key, label }) => (
          <Tab key={key} value={key} id={`tab-${key}`} aria-controls={`panel-${key}`}>
            {label}
          </Tab>
        ))}
      </TabList>
      {tabs.map(({ key, panel }) => (
        <div key={key} role="tabpanel" id={`panel-${key}`} aria-labelledby={`tab-${key}`} hidden={tab !== key}>
          {panel}
        </div>
      ))}
    </main>
  );
}
