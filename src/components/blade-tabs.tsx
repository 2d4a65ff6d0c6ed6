/** A blade's tabs from a table of values and labels; the selected one lives in the URL (the caller's). */
import { Tab, TabList } from '@fluentui/react-components';
import type { MessageId } from '../lib/i18n/messages';
import { useT } from '../lib/i18n/use-t';

export interface BladeTabsProps<T extends string> {
  readonly tabs: readonly T[];
  readonly labels: Readonly<Record<T, MessageId>>;
  readonly selected: T;
  readonly onSelect: (tab: T) => void;
}

export function BladeTabs<T extends string>({
  tabs,
  labels,
  selected,
  onSelect,
}: BladeTabsProps<T>) {
  const t = useT();
  return (
    <TabList
      selectedValue={selected}
      onTabSelect={(_event, data) => {
        const tab = tabs.find((value) => value === data.value);
        if (tab !== undefined) onSelect(tab);
      }}
    >
      {tabs.map((value) => (
        <Tab key={value} value={value}>
          {t(labels[value])}
        </Tab>
      ))}
    </TabList>
  );
}
