/**
 * Check tab: filled .xlsx files picked or dropped, each checked as `cchc-report check` checks it;
 * each file's problems by severity and area with their sheet!cell (a file that cannot be read
 * says why, the others are still checked); the list of problems as an .xlsx to download.
 */
import { Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useState } from "react";
import { formatIssue } from "../core/check/messages";
import { useLayoutStyles } from "../ui/layout";
import { UnitResult } from "../ui/UnitResult";
import { usePage } from "./context";
import { JobFilePicker } from "./FilePicker";
import { useJob } from "./job-state";
import type { CheckResult } from "./model/jobs";
import { RunProgress, StopBar } from "./RunBars";

function Checked({ result }: { readonly result: CheckResult }): JSX.Element {
  const { t, save, lang, bundle } = usePage();
  const styles = useLayoutStyles();
  const issues = result.files.flatMap((f) => f.issues);
  return (
    <>
      <div className={styles.actions}>
        <Caption1>
          {t.checkSummary(
            result.files.length,
            issues.filter((i) => i.severity === "error").length,
            issues.filter((i) => i.severity === "warning").length,
          )}
        </Caption1>
        <Button onClick={() => save(result.download)}>{t.downloadIssues}</Button>
      </div>
      {result.files.map((f, i) =>
        f.readable ? (
          <UnitResult key={`${f.file}-${i}`} check={f} subtitle={t.checkedFile(f.file)} />
        ) : (
          <MessageBar key={`${f.file}-${i}`} intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{f.file}</MessageBarTitle>
              {f.issues.map((issue) => formatIssue(issue, lang, bundle.programme)).join(" ")}
            </MessageBarBody>
          </MessageBar>
        ),
      )}
    </>
  );
}

export function CheckTab(): JSX.Element {
  const { t, busy, lang } = usePage();
  const styles = useLayoutStyles();
  const [files, setFiles] = useState<readonly File[]>([]);
  const [result, setResult] = useState<CheckResult | undefined>(undefined);
  const job = useJob();
  // The problems shown are those of the files listed: changing the files forgets them.
  const change = (next: readonly File[]): void => {
    setFiles(next);
    setResult(undefined);
    job.reset();
  };

  const runCheck = async (): Promise<void> => {
    setResult(undefined);
    const checked = await job.start({ kind: "check", files, lang });
    if (checked) setResult(checked);
  };

  return (
    <div className={styles.tab}>
      <JobFilePicker files={files} onChange={change} disabled={busy} job={job.state} />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy || files.length === 0} onClick={() => void runCheck()}>
          {t.runCheck}
        </Button>
      </div>
      <RunProgress
        state={job.state}
        label={(p) =>
          p === undefined
            ? t.checking(0, files.length, undefined)
            : p.stage === "reading"
              ? t.checking(p.done, p.total, p.file)
              : t.writingIssues
        }
        onCancel={job.cancel}
      />
      <StopBar state={job.state} />
      {result ? <Checked result={result} /> : null}
    </div>
  );
}
