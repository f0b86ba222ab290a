import { List } from '@mantine/core';
import type { FieldIssue } from '../../src-main/shared/result';

/** Field issues of a failed call: the field's path and what to fix. */
export function IssueList({ issues }: { issues: readonly FieldIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <List size="sm" mt={4}>
      {issues.map((issue) => (
        <List.Item key={`${issue.path}:${issue.message}`}>
          <code>{issue.path}</code> : {issue.message}
        </List.Item>
      ))}
    </List>
  );
}
