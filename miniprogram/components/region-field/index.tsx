import { searchRegions } from '@shared/regions/region-search'
import { regionLabel } from '@shared/regions/regions'
import { Text, View } from '@tarojs/components'
import { useMemo, useState } from 'react'
import { reveal } from '../../services/reveal'
import Tap from '../tap'
import TextField from '../text-field'
import './index.scss'

interface Props {
  /** 参保地, 就医地 …: the visible label and the search box's accessible name. */
  label: string
  name: string
  /** A city-level code, or undefined while nothing is chosen. */
  value?: string
  onChange: (code: string | undefined) => void
  error?: string
  hint?: string
}

/** Type a few characters of a city or province (深圳, 武汉, 湖北) and tap the place. */
export default function RegionField(props: Props) {
  const [typed, setTyped] = useState('')
  const results = useMemo(() => searchRegions(typed, 12), [typed])
  const chosen = props.value ? regionLabel(props.value) : undefined
  const chosenId = `region-${props.name.replace(/[^A-Za-z0-9]/g, '-')}-chosen`

  if (props.value && chosen) {
    return (
      <View className="region-field">
        <Text className="region-field__label">{props.label}</Text>
        <View className="region-field__chosen" id={chosenId}>
          <Text className="region-field__place">{chosen}</Text>
          <Tap
            kind="secondary"
            label={`更改${props.label}（已选：${chosen}）`}
            onTap={() => props.onChange(undefined)}
          >
            更改
          </Tap>
        </View>
        {props.error && <Text className="region-field__error">{props.error}</Text>}
      </View>
    )
  }
  return (
    <View className="region-field">
      <TextField
        label={props.label}
        name={props.name}
        value={typed}
        onChange={setTyped}
        hint={props.hint ?? '输入城市或省份名称，如：深圳、武汉、湖北'}
        placeholder="输入城市名"
        maxlength={20}
        // Typed but not tapped: the place is not chosen until a result below is tapped.
        error={props.error && typed.trim() ? '请在下面的列表中点选城市' : props.error}
      />
      {typed.trim() !== '' && results.length === 0 && (
        <Text className="region-field__none">没有找到“{typed.trim()}”，请换个写法，如只输入城市名</Text>
      )}
      <View className="region-field__results" ariaRole="list" ariaLabel={`${props.label}搜索结果`}>
        {results.map((choice) => (
          <Tap
            key={choice.code}
            kind="secondary"
            className="region-field__result"
            label={choice.label}
            onTap={() => {
              setTyped('')
              props.onChange(choice.code)
              // The tapped result is gone with the list: focus goes to the place now chosen.
              reveal(chosenId, 'nearest')
            }}
          >
            {choice.label}
          </Tap>
        ))}
      </View>
    </View>
  )
}
