/**
 * The task pane: one tab per job. Both tabs stay mounted so a check's results and a half-made
 * choice survive switching tabs. Everything Excel-facing comes in through `service`.
 */
import { Tab, TabList } from "@fluentui/react-components";
import { useState } from "react";
import type { ProgrammeBundle } from "../core/programme/schema";
import type { AddinService } from "../excel/service";
import { CheckTab } from "./CheckTab";
import { STRINGS, type Language } from "./strings";
import { TemplateTab } from "./TemplateTab";

type TabKey = "template" | "check";

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
  return (
    <main lang={lang}>
      <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value === "check" ? "check" : "template")}>
        <Tab value="template" id="tab-template" aria-controls="panel-template">
          {t.tabTemplate}
        </Tab>
        <Tab value="check" id="tab-check" aria-controls="panel-check">
          {t.tabCheck}
        </Tab>
      </TabList>
      <div role="tabpanel" id="panel-template" aria-labelledby="tab-template" hidden={tab !== "template"}>
        <TemplateTab service={service} bundle={bundle} lang={lang} now={now} />
      </div>
      <div role="tabpanel" id="panel-check" aria-labelledby="tab-check" hidden={tab !== "check"}>
        <CheckTab service={service} bundle={bundle} lang={lang} />
      </div>
    </main>
  );
}
