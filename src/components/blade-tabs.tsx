/** A blade's tabs from a table of values and labels; the selected one lives in the URL (the caller's). */
import { Tab, TabList } from '@fluentui/react-components';

export interface BladeTabsProps<T extends string> {
  readonly tabs: readonly T[];
  readonly labels: Readonly<Record<T, string>>;
  readonly selected: T;
  readonly onSelect: (tab: T) => void;
}

export function BladeTabs<T extends string>({
  tabs,
  labels,
  selected,
  onSelect,
}: BladeTabsProps<T>) {
  return (
    <TabList
      selectedValue={selected}
      onTabSelect={(_event, data) => {
        const tab = tabs.find((t) => t === data.value);
        if (tab !== undefined) onSelect(tab);
      }}
    >
      {tabs.map((value) => (
        <Tab key={value} value={value}>
          {labels[value]}
        </Tab>
      ))}
    </TabList>
  );
}
