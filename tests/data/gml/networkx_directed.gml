graph [
  directed 1
  node [
    id 0
    label "Anna &#214;zt&#252;rk"
    kind "resident"
    age 81
  ]
  node [
    id 1
    label "Wijkteam &#34;Noord&#34;"
    kind "organisation"
    graphics [
      x 10.5
      y -3.0
    ]
  ]
  node [
    id 2
    label "Cor"
    kind "resident"
  ]
  edge [
    source 0
    target 1
    weight 2.5
    kind "care"
  ]
  edge [
    source 2
    target 0
    weight 1.0
    kind "neighbour"
  ]
]
