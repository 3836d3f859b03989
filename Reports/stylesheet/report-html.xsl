<?xml version="1.0" encoding="UTF-8"?>
<!-- Printable HTML of a ReductionPlan report (schema 1.x), XSLT 1.0.
     Parameter lang: 'en' (default) or 'zh-Hans'. Any XSLT 1.0 processor renders it:
       xsltproc -\-stringparam lang zh-Hans report-html.xsl report.xml > report.html
     The tools insert the MACC and wedge SVG charts into the two chart placeholders. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:rp="urn:reductionplan:report:1" exclude-result-prefixes="rp">
  <xsl:output method="html" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat"/>
  <xsl:param name="lang" select="'en'"/>
  <xsl:variable name="zh" select="$lang = 'zh-Hans'"/>
  <xsl:variable name="h" select="/rp:report/rp:header"/>
  <xsl:variable name="base" select="number($h/rp:years/@base)"/>
  <xsl:variable name="target" select="number($h/rp:years/@target)"/>
  <xsl:variable name="horizon" select="number($h/rp:years/@horizon)"/>
  <xsl:variable name="currency" select="$h/rp:currency/@code"/>

  <!-- A label in the chosen language. -->
  <xsl:template name="t">
    <xsl:param name="en"/><xsl:param name="cn"/>
    <xsl:choose><xsl:when test="$zh"><xsl:value-of select="$cn"/></xsl:when><xsl:otherwise><xsl:value-of select="$en"/></xsl:otherwise></xsl:choose>
  </xsl:template>

  <!-- The name in the chosen language (falls back to the first). -->
  <xsl:template name="name">
    <xsl:param name="of"/>
    <xsl:choose>
      <xsl:when test="$of/rp:name[@xml:lang = $lang]"><xsl:value-of select="$of/rp:name[@xml:lang = $lang]"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$of/rp:name[1]"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="measure-name">
    <xsl:param name="id"/>
    <xsl:call-template name="name"><xsl:with-param name="of" select="/rp:report/rp:measures/rp:measure[@id = $id]"/></xsl:call-template>
  </xsl:template>

  <!-- Numbers: grouped thousands, fixed decimals. -->
  <xsl:decimal-format name="g" grouping-separator="," decimal-separator="." minus-sign="-" NaN="–"/>
  <xsl:template name="n0"><xsl:param name="v"/><xsl:value-of select="format-number($v, '#,##0', 'g')"/></xsl:template>
  <xsl:template name="n1"><xsl:param name="v"/><xsl:value-of select="format-number($v, '#,##0.0', 'g')"/></xsl:template>
  <xsl:template name="pct"><xsl:param name="v"/><xsl:value-of select="format-number($v * 100, '#,##0.0', 'g')"/> %</xsl:template>

  <xsl:template match="/rp:report">
    <html lang="{$lang}">
      <head>
        <meta charset="UTF-8"/>
        <title><xsl:call-template name="name"><xsl:with-param name="of" select="$h/rp:title"/></xsl:call-template></title>
        <style>
@page { size: A4; margin: 18mm 15mm 20mm 15mm; }
body { font-family: 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'Noto Sans', Arial, sans-serif;
       font-size: 10.5pt; color: #111; max-width: 180mm; margin: 0 auto; line-height: 1.45; }
h1 { font-size: 17pt; margin: 0 0 4pt; } h2 { font-size: 13pt; border-bottom: 1.5pt solid #1f4e79; color: #1f4e79;
     margin: 16pt 0 6pt; break-after: avoid; } h3 { font-size: 11pt; margin: 10pt 0 4pt; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; font-size: 9pt; break-inside: auto; }
thead { display: table-header-group; } tr { break-inside: avoid; }
th { background: #dde6f0; text-align: left; } th, td { border: 0.5pt solid #9aa; padding: 2pt 4pt; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 1pt 10pt; margin: 6pt 0; }
dl.meta dt { font-weight: bold; } dl.meta dd { margin: 0; }
.met { color: #1a7f37; font-weight: bold; } .unmet { color: #b42318; font-weight: bold; }
.chart svg { width: 100%; height: auto; } .chart { break-inside: avoid; margin: 6pt 0; }
.note { color: #555; font-size: 8.5pt; } ol.refs { font-size: 8.5pt; }
@media print { h2 { break-after: avoid; } .chart { break-before: auto; } a { color: inherit; text-decoration: none; } }
        </style>
      </head>
      <body>
        <xsl:call-template name="header"/>
        <xsl:call-template name="inventory"/>
        <xsl:call-template name="trajectory"/>
        <xsl:call-template name="macc"/>
        <xsl:call-template name="targets"/>
        <xsl:call-template name="cobenefits"/>
        <xsl:apply-templates select="rp:uncertainty"/>
        <xsl:call-template name="references"/>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="header">
    <h1><xsl:call-template name="name"><xsl:with-param name="of" select="$h/rp:title"/></xsl:call-template></h1>
    <dl class="meta">
      <dt><xsl:call-template name="t"><xsl:with-param name="en">Jurisdiction</xsl:with-param><xsl:with-param name="cn">行政区</xsl:with-param></xsl:call-template></dt>
      <dd><xsl:call-template name="name"><xsl:with-param name="of" select="$h/rp:jurisdiction"/></xsl:call-template> (<xsl:value-of select="$h/rp:jurisdiction/@divisionCode"/>)</dd>
      <dt><xsl:call-template name="t"><xsl:with-param name="en">Sector</xsl:with-param><xsl:with-param name="cn">部门</xsl:with-param></xsl:call-template></dt>
      <dd><xsl:call-template name="name"><xsl:with-param name="of" select="$h/rp:sector"/></xsl:call-template></dd>
      <dt><xsl:call-template name="t"><xsl:with-param name="en">Authority</xsl:with-param><xsl:with-param name="cn">编制单位</xsl:with-param></xsl:call-template></dt>
      <dd><xsl:call-template name="name"><xsl:with-param name="of" select="$h/rp:authority"/></xsl:call-template></dd>
      <dt><xsl:call-template name="t"><xsl:with-param name="en">Base / target / horizon</xsl:with-param><xsl:with-param name="cn">基准年 / 目标年 / 展望年</xsl:with-param></xsl:call-template></dt>
      <dd><xsl:value-of select="$base"/> / <xsl:value-of select="$target"/> / <xsl:value-of select="$horizon"/></dd>
      <dt><xsl:call-template name="t"><xsl:with-param name="en">GWP set</xsl:with-param><xsl:with-param name="cn">全球增温潜势</xsl:with-param></xsl:call-template></dt>
      <dd><xsl:value-of select="$h/rp:gwp/@set"/> — <xsl:value-of select="$h/rp:gwp/rp:citation"/></dd>
      <dt><xsl:call-template name="t"><xsl:with-param name="en">Prices</xsl:with-param><xsl:with-param name="cn">价格口径</xsl:with-param></xsl:call-template></dt>
      <dd><xsl:value-of select="$currency"/> (<xsl:value-of select="$h/rp:currency/@priceYear"/>)<xsl:for-each select="$h/rp:discountRate">; <xsl:value-of select="@view"/>
        <xsl:text> </xsl:text><xsl:call-template name="pct"><xsl:with-param name="v" select="@value"/></xsl:call-template></xsl:for-each></dd>
      <dt><xsl:call-template name="t"><xsl:with-param name="en">Generated</xsl:with-param><xsl:with-param name="cn">生成</xsl:with-param></xsl:call-template></dt>
      <dd><xsl:value-of select="$h/rp:generator/@name"/><xsl:text> </xsl:text><xsl:value-of select="$h/rp:generator/@version"/>, <xsl:value-of select="$h/rp:created"/>;
        <xsl:call-template name="t"><xsl:with-param name="en">schema</xsl:with-param><xsl:with-param name="cn">格式版本</xsl:with-param></xsl:call-template><xsl:text> </xsl:text><xsl:value-of select="@schemaVersion"/></dd>
    </dl>
  </xsl:template>

  <xsl:template name="inventory">
    <xsl:variable name="total" select="number(rp:inventory/rp:total/@value)"/>
    <h2><xsl:call-template name="t"><xsl:with-param name="en">Base-year inventory</xsl:with-param><xsl:with-param name="cn">基准年排放清单</xsl:with-param></xsl:call-template><xsl:text> </xsl:text><xsl:value-of select="rp:inventory/@year"/></h2>
    <table>
      <thead><tr>
        <th><xsl:call-template name="t"><xsl:with-param name="en">Source</xsl:with-param><xsl:with-param name="cn">排放源</xsl:with-param></xsl:call-template></th>
        <th><xsl:call-template name="t"><xsl:with-param name="en">Category (IPCC 2006)</xsl:with-param><xsl:with-param name="cn">类别（IPCC 2006）</xsl:with-param></xsl:call-template></th>
        <th class="n"><xsl:call-template name="t"><xsl:with-param name="en">Activity</xsl:with-param><xsl:with-param name="cn">活动水平</xsl:with-param></xsl:call-template></th>
        <th class="n">tCO2e</th>
        <th class="n"><xsl:call-template name="t"><xsl:with-param name="en">Share</xsl:with-param><xsl:with-param name="cn">占比</xsl:with-param></xsl:call-template></th>
      </tr></thead>
      <tbody>
        <xsl:for-each select="rp:inventory/rp:source[number(rp:total/@value) != 0 or number(rp:activity/@value) != 0]">
          <tr>
            <td><xsl:call-template name="name"><xsl:with-param name="of" select="."/></xsl:call-template></td>
            <td><xsl:value-of select="rp:category[@scheme = 'IPCC2006']/@code"/></td>
            <td class="n"><xsl:call-template name="n0"><xsl:with-param name="v" select="rp:activity/@value"/></xsl:call-template><xsl:text> </xsl:text><xsl:value-of select="rp:activity/@unit"/></td>
            <td class="n"><xsl:call-template name="n0"><xsl:with-param name="v" select="rp:total/@value"/></xsl:call-template></td>
            <td class="n"><xsl:if test="$total &gt; 0"><xsl:call-template name="pct"><xsl:with-param name="v" select="rp:total/@value div $total"/></xsl:call-template></xsl:if></td>
          </tr>
        </xsl:for-each>
        <tr><th colspan="3"><xsl:call-template name="t"><xsl:with-param name="en">Total</xsl:with-param><xsl:with-param name="cn">合计</xsl:with-param></xsl:call-template></th>
          <th class="n"><xsl:call-template name="n0"><xsl:with-param name="v" select="$total"/></xsl:call-template></th><th/></tr>
      </tbody>
    </table>
  </xsl:template>

  <!-- Milestones: the base year, every year divisible by 5, the target and horizon years. -->
  <xsl:template name="trajectory">
    <h2><xsl:call-template name="t"><xsl:with-param name="en">BAU and plan pathway at the milestone years</xsl:with-param><xsl:with-param name="cn">基准情景与规划路径（关键年份）</xsl:with-param></xsl:call-template></h2>
    <table>
      <thead><tr>
        <th class="n"><xsl:call-template name="t"><xsl:with-param name="en">Year</xsl:with-param><xsl:with-param name="cn">年份</xsl:with-param></xsl:call-template></th>
        <th class="n"><xsl:call-template name="t"><xsl:with-param name="en">BAU (tCO2e)</xsl:with-param><xsl:with-param name="cn">基准情景（tCO2e）</xsl:with-param></xsl:call-template></th>
        <th class="n"><xsl:call-template name="t"><xsl:with-param name="en">Pathway (tCO2e)</xsl:with-param><xsl:with-param name="cn">规划路径（tCO2e）</xsl:with-param></xsl:call-template></th>
        <th class="n"><xsl:call-template name="t"><xsl:with-param name="en">Reduction (tCO2e)</xsl:with-param><xsl:with-param name="cn">减排量（tCO2e）</xsl:with-param></xsl:call-template></th>
        <th class="n"><xsl:call-template name="t"><xsl:with-param name="en">vs BAU</xsl:with-param><xsl:with-param name="cn">较基准情景</xsl:with-param></xsl:call-template></th>
      </tr></thead>
      <tbody>
        <xsl:for-each select="rp:baseline/rp:value[@year = $base or @year = $target or @year = $horizon or @year mod 5 = 0]">
          <xsl:variable name="y" select="@year"/>
          <xsl:variable name="plan" select="number(/rp:report/rp:pathway/rp:emissions/rp:value[@year = $y])"/>
          <tr>
            <td class="n"><xsl:value-of select="$y"/><xsl:if test="$y = $target"> ★</xsl:if></td>
            <td class="n"><xsl:call-template name="n0"><xsl:with-param name="v" select="."/></xsl:call-template></td>
            <td class="n"><xsl:call-template name="n0"><xsl:with-param name="v" select="$plan"/></xsl:call-template></td>
            <td class="n"><xsl:call-template name="n0"><xsl:with-param name="v" select=". - $plan"/></xsl:call-template></td>
            <td class="n"><xsl:if test=". &gt; 0"><xsl:call-template name="pct"><xsl:with-param name="v" select="(. - $plan) div ."/></xsl:call-template></xsl:if></td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
    <p>
      <xsl:call-template name="t"><xsl:with-param name="en">Pathway peak: </xsl:with-param><xsl:with-param name="cn">规划路径峰值：</xsl:with-param></xsl:call-template>
      <xsl:value-of select="rp:pathway/rp:peak/@year"/> (<xsl:call-template name="n0"><xsl:with-param name="v" select="rp:pathway/rp:peak/@value"/></xsl:call-template> tCO2e);
      <xsl:call-template name="t"><xsl:with-param name="en">BAU peak: </xsl:with-param><xsl:with-param name="cn">基准情景峰值：</xsl:with-param></xsl:call-template>
      <xsl:value-of select="rp:pathway/rp:bauPeak/@year"/> (<xsl:call-template name="n0"><xsl:with-param name="v" select="rp:pathway/rp:bauPeak/@value"/></xsl:call-template> tCO2e).
    </p>
    <div class="chart" data-chart="wedge"></div>
  </xsl:template>

  <xsl:template name="macc">
    <h2><xsl:call-template name="t"><xsl:with-param name="en">Marginal abatement cost curve</xsl:with-param><xsl:with-param name="cn">边际减排成本曲线</xsl:with-param></xsl:call-template><xsl:text> </xsl:text><xsl:value-of select="rp:macc/@year"/></h2>
    <div class="chart" data-chart="macc"></div>
    <table>
      <thead><tr>
        <th class="n">#</th>
        <th><xsl:call-template name="t"><xsl:with-param name="en">Measure</xsl:with-param><xsl:with-param name="cn">措施</xsl:with-param></xsl:call-template></th>
        <th class="n"><xsl:call-template name="t"><xsl:with-param name="en">Cost</xsl:with-param><xsl:with-param name="cn">单位成本</xsl:with-param></xsl:call-template> (<xsl:value-of select="$currency"/>/tCO2e)</th>
        <th class="n"><xsl:call-template name="t"><xsl:with-param name="en">Abatement (tCO2e)</xsl:with-param><xsl:with-param name="cn">减排量（tCO2e）</xsl:with-param></xsl:call-template></th>
        <th class="n"><xsl:call-template name="t"><xsl:with-param name="en">Cumulative (tCO2e)</xsl:with-param><xsl:with-param name="cn">累计（tCO2e）</xsl:with-param></xsl:call-template></th>
      </tr></thead>
      <tbody>
        <xsl:for-each select="rp:macc/rp:step">
          <tr>
            <td class="n"><xsl:value-of select="position()"/></td>
            <td><xsl:call-template name="measure-name"><xsl:with-param name="id" select="@measure"/></xsl:call-template></td>
            <td class="n"><xsl:call-template name="n1"><xsl:with-param name="v" select="rp:costPerTonne/@value"/></xsl:call-template></td>
            <td class="n"><xsl:call-template name="n0"><xsl:with-param name="v" select="rp:abatement/@value"/></xsl:call-template></td>
            <td class="n"><xsl:call-template name="n0"><xsl:with-param name="v" select="rp:cumulativeStart/@value + rp:abatement/@value"/></xsl:call-template></td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
  </xsl:template>

  <xsl:template name="targets">
    <xsl:if test="rp:pathway/rp:target">
      <h2><xsl:call-template name="t"><xsl:with-param name="en">Targets</xsl:with-param><xsl:with-param name="cn">目标</xsl:with-param></xsl:call-template></h2>
      <xsl:for-each select="rp:pathway/rp:target">
        <h3><xsl:call-template name="name"><xsl:with-param name="of" select="."/></xsl:call-template> (<xsl:value-of select="@year"/>):
          <xsl:choose>
            <xsl:when test="@met = 'true'"><span class="met"><xsl:call-template name="t"><xsl:with-param name="en">met</xsl:with-param><xsl:with-param name="cn">达成</xsl:with-param></xsl:call-template></span></xsl:when>
            <xsl:otherwise><span class="unmet"><xsl:call-template name="t"><xsl:with-param name="en">not met</xsl:with-param><xsl:with-param name="cn">未达成</xsl:with-param></xsl:call-template></span></xsl:otherwise>
          </xsl:choose></h3>
        <p>
          <xsl:call-template name="t"><xsl:with-param name="en">Pathway </xsl:with-param><xsl:with-param name="cn">规划路径 </xsl:with-param></xsl:call-template>
          <xsl:call-template name="n0"><xsl:with-param name="v" select="rp:pathway/@value"/></xsl:call-template>
          <xsl:call-template name="t"><xsl:with-param name="en"> tCO2e against an allowed </xsl:with-param><xsl:with-param name="cn"> tCO2e，允许排放 </xsl:with-param></xsl:call-template>
          <xsl:call-template name="n0"><xsl:with-param name="v" select="rp:allowed/@value"/></xsl:call-template> tCO2e;
          <xsl:choose>
            <xsl:when test="number(rp:gap/@value) &lt;= 0">
              <xsl:call-template name="t"><xsl:with-param name="en">below the target by </xsl:with-param><xsl:with-param name="cn">低于目标 </xsl:with-param></xsl:call-template>
              <xsl:call-template name="n0"><xsl:with-param name="v" select="-rp:gap/@value"/></xsl:call-template> tCO2e.
            </xsl:when>
            <xsl:otherwise>
              <xsl:call-template name="t"><xsl:with-param name="en">needs a further </xsl:with-param><xsl:with-param name="cn">尚需额外减排 </xsl:with-param></xsl:call-template>
              <xsl:call-template name="n0"><xsl:with-param name="v" select="rp:gap/@value"/></xsl:call-template> tCO2e.
            </xsl:otherwise>
          </xsl:choose>
        </p>
        <xsl:if test="rp:leastCost">
          <p><xsl:call-template name="t"><xsl:with-param name="en">Least-cost measures: </xsl:with-param><xsl:with-param name="cn">最低成本措施组合：</xsl:with-param></xsl:call-template>
            <xsl:for-each select="rp:leastCost/rp:measure"><xsl:if test="position() &gt; 1"><xsl:call-template name="t"><xsl:with-param name="en">, </xsl:with-param><xsl:with-param name="cn">、</xsl:with-param></xsl:call-template></xsl:if>
              <xsl:call-template name="measure-name"><xsl:with-param name="id" select="@ref"/></xsl:call-template></xsl:for-each>.
            <xsl:if test="rp:leastCost/rp:marginalCost"><xsl:call-template name="t"><xsl:with-param name="en"> Marginal cost </xsl:with-param><xsl:with-param name="cn"> 边际成本 </xsl:with-param></xsl:call-template>
              <xsl:call-template name="n1"><xsl:with-param name="v" select="rp:leastCost/rp:marginalCost/@value"/></xsl:call-template><xsl:text> </xsl:text><xsl:value-of select="rp:leastCost/rp:marginalCost/@unit"/>;</xsl:if>
            <xsl:call-template name="t"><xsl:with-param name="en"> annual cost </xsl:with-param><xsl:with-param name="cn"> 年度成本 </xsl:with-param></xsl:call-template>
            <xsl:call-template name="n0"><xsl:with-param name="v" select="rp:leastCost/rp:annualCost/@value"/></xsl:call-template><xsl:text> </xsl:text><xsl:value-of select="rp:leastCost/rp:annualCost/@unit"/>.</p>
        </xsl:if>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <xsl:template name="cobenefits">
    <xsl:if test="rp:measures/rp:measure[@inPathway = 'true']/rp:coBenefit">
      <h2><xsl:call-template name="t"><xsl:with-param name="en">Air-pollutant co-benefits</xsl:with-param><xsl:with-param name="cn">大气污染物协同减排</xsl:with-param></xsl:call-template><xsl:text> </xsl:text><xsl:value-of select="$target"/></h2>
      <table>
        <thead><tr>
          <th><xsl:call-template name="t"><xsl:with-param name="en">Measure</xsl:with-param><xsl:with-param name="cn">措施</xsl:with-param></xsl:call-template></th>
          <xsl:for-each select="rp:measures/rp:measure[rp:coBenefit][1]/rp:coBenefit"><th class="n"><xsl:call-template name="name"><xsl:with-param name="of" select="."/></xsl:call-template> (t)</th></xsl:for-each>
        </tr></thead>
        <tbody>
          <xsl:for-each select="rp:measures/rp:measure[@inPathway = 'true' and rp:coBenefit]">
            <tr><td><xsl:call-template name="name"><xsl:with-param name="of" select="."/></xsl:call-template></td>
              <xsl:for-each select="rp:coBenefit"><td class="n"><xsl:call-template name="n1"><xsl:with-param name="v" select="@value"/></xsl:call-template></td></xsl:for-each></tr>
          </xsl:for-each>
        </tbody>
      </table>
    </xsl:if>
  </xsl:template>

  <xsl:template match="rp:uncertainty">
    <h2><xsl:call-template name="t"><xsl:with-param name="en">Uncertainty</xsl:with-param><xsl:with-param name="cn">不确定性分析</xsl:with-param></xsl:call-template> (<xsl:value-of select="@draws"/>
      <xsl:call-template name="t"><xsl:with-param name="en"> draws, seed </xsl:with-param><xsl:with-param name="cn"> 次抽样，随机种子 </xsl:with-param></xsl:call-template><xsl:value-of select="@seed"/>)</h2>
    <p class="note"><xsl:call-template name="t"><xsl:with-param name="en">P5 / P50 / P95: 5th, 50th and 95th percentiles of the draws; P(saves money): share of draws with a negative cost per tonne; P(below price): share below the reference carbon price </xsl:with-param><xsl:with-param name="cn">P5 / P50 / P95：抽样结果的第5、50、95百分位数；节约成本概率：单位成本为负的抽样占比；低于参考碳价概率：单位成本低于参考碳价的抽样占比，参考碳价 </xsl:with-param></xsl:call-template>
      <xsl:call-template name="n0"><xsl:with-param name="v" select="rp:referencePrice/@value"/></xsl:call-template><xsl:text> </xsl:text><xsl:value-of select="rp:referencePrice/@unit"/>.</p>
    <table>
      <thead><tr>
        <th><xsl:call-template name="t"><xsl:with-param name="en">Measure</xsl:with-param><xsl:with-param name="cn">措施</xsl:with-param></xsl:call-template></th>
        <th class="n"><xsl:call-template name="t"><xsl:with-param name="en">Abatement P5 / P50 / P95 (tCO2e)</xsl:with-param><xsl:with-param name="cn">减排量 P5 / P50 / P95（tCO2e）</xsl:with-param></xsl:call-template></th>
        <th class="n"><xsl:call-template name="t"><xsl:with-param name="en">Cost P5 / P50 / P95</xsl:with-param><xsl:with-param name="cn">单位成本 P5 / P50 / P95</xsl:with-param></xsl:call-template></th>
        <th class="n"><xsl:call-template name="t"><xsl:with-param name="en">P(saves money)</xsl:with-param><xsl:with-param name="cn">节约成本概率</xsl:with-param></xsl:call-template></th>
        <th class="n"><xsl:call-template name="t"><xsl:with-param name="en">P(below price)</xsl:with-param><xsl:with-param name="cn">低于参考碳价概率</xsl:with-param></xsl:call-template></th>
      </tr></thead>
      <tbody>
        <xsl:for-each select="rp:measure">
          <tr><td><xsl:call-template name="measure-name"><xsl:with-param name="id" select="@measure"/></xsl:call-template></td>
            <td class="n"><xsl:if test="rp:abatement"><xsl:call-template name="n0"><xsl:with-param name="v" select="rp:abatement/@p5"/></xsl:call-template> / <xsl:call-template name="n0"><xsl:with-param name="v" select="rp:abatement/@p50"/></xsl:call-template> / <xsl:call-template name="n0"><xsl:with-param name="v" select="rp:abatement/@p95"/></xsl:call-template></xsl:if></td>
            <td class="n"><xsl:if test="rp:costPerTonne"><xsl:call-template name="n1"><xsl:with-param name="v" select="rp:costPerTonne/@p5"/></xsl:call-template> / <xsl:call-template name="n1"><xsl:with-param name="v" select="rp:costPerTonne/@p50"/></xsl:call-template> / <xsl:call-template name="n1"><xsl:with-param name="v" select="rp:costPerTonne/@p95"/></xsl:call-template></xsl:if></td>
            <td class="n"><xsl:call-template name="pct"><xsl:with-param name="v" select="rp:savesMoney/@value"/></xsl:call-template></td>
            <td class="n"><xsl:call-template name="pct"><xsl:with-param name="v" select="rp:belowPrice/@value"/></xsl:call-template></td></tr>
        </xsl:for-each>
      </tbody>
    </table>
  </xsl:template>

  <xsl:template name="references">
    <xsl:if test="rp:references/rp:reference">
      <h2><xsl:call-template name="t"><xsl:with-param name="en">References</xsl:with-param><xsl:with-param name="cn">参考文献</xsl:with-param></xsl:call-template></h2>
      <ol class="refs"><xsl:for-each select="rp:references/rp:reference"><li id="{@id}"><xsl:value-of select="rp:citation"/></li></xsl:for-each></ol>
    </xsl:if>
    <xsl:if test="rp:warnings/rp:warning">
      <h3><xsl:call-template name="t"><xsl:with-param name="en">Notes for reviewers</xsl:with-param><xsl:with-param name="cn">审阅提示</xsl:with-param></xsl:call-template></h3>
      <ul class="note"><xsl:for-each select="rp:warnings/rp:warning"><li><xsl:value-of select="."/></li></xsl:for-each></ul>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
