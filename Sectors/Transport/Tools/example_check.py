"""Independent re-implementation of the transport model for the example city (base year only).

Recomputes the 2024 inventory of Catalogue/example.yaml with factor set china-provincial and AR5,
written separately from the Swift code so that ExamplePlanTests checks two implementations
against each other. Run: python3 Sectors/Transport/Tools/example_check.py
"""
import copy, math
years=list(range(2024,2061))
def series(base, growth):
    out=[];v=base
    for y in years:
        if y>2024:
            r=[g for (u,g) in growth if y<=u]
            v*= 1+(r[0] if r else growth[-1][1])
        out.append(v)
    return out
def interp(points):
    ys=sorted(points);out=[]
    for y in years:
        if y<=ys[0]: out.append(points[ys[0]]);continue
        if y>=ys[-1]: out.append(points[ys[-1]]);continue
        for a,b in zip(ys,ys[1:]):
            if a<=y<=b: out.append(points[a]+(points[b]-points[a])*(y-a)/(b-a));break
    return out
G=[(2030,0.03),(2040,0.015),(2060,0.005)]
I={}
I['passenger.activity']=series(30.3e9,[(2030,0.04),(2040,0.02),(2060,0.005)])
I['freight.activity']=series(25e9,[(2030,0.035),(2040,0.015),(2060,0.005)])
for m,v in dict(bus=0.083,taxi=0.043,car=0.462,**{'two-three-wheeler':0.251},metro=0.066,active=0.095).items(): I[f'passenger.mode.{m}.share']=v
for m,v in {'heavy-truck':0.60,'light-truck':0.06,'rail-freight':0.19,'waterway':0.15}.items(): I[f'freight.mode.{m}.share']=v
loads={'bus':12,'taxi':1.2,'car':1.4,'two-three-wheeler':1.1,'metro':35,'light-truck':1.2,'heavy-truck':15,'rail-freight':2000,'waterway':1000}
for m,v in loads.items(): I[f'mode.{m}.load']=v
tech={
 'bus':{'electric':(0.75,130),'diesel':(0.10,32.6),'cng':(0.10,35),'hybrid-diesel':(0.05,26),'lng':(0,28),'hydrogen':(0,9)},
 'taxi':{'gasoline':(0.40,8.5),'electric':(0.45,15),'cng':(0.10,8),'hybrid-gasoline':(0.05,5.5)},
 'car':{'gasoline':(0.83,8.0),'hybrid-gasoline':(0.04,5.0),'electric':(0.12,16),'diesel':(0.01,7.0)},
 'two-three-wheeler':{'electric':(0.85,2.0),'gasoline':(0.15,2.5)},
 'metro':{'electric':(1.0,200)},
 'light-truck':{'diesel':(0.55,10),'gasoline':(0.30,11),'electric':(0.15,25)},
 'heavy-truck':{'diesel':(0.88,28),'lng':(0.10,22),'electric':(0.02,140),'hydrogen':(0,9)},
 'rail-freight':{'electric':(0.80,2000),'diesel':(0.20,490)},
 'waterway':{'diesel':(1.0,600),'electric':(0,2290)},
}
for m,ts in tech.items():
    for t,(s,i) in ts.items():
        I[f'mode.{m}.tech.{t}.share']=s; I[f'mode.{m}.tech.{t}.intensity']=i
I['electricity.grid-factor']=interp({2024:0.5306,2030:0.45,2035:0.40,2050:0.25,2060:0.15})
I['hydrogen.factor']=interp({2024:11,2035:4,2050:1})
F=dict(gasoline=dict(ncv=43.070,cc=0.0189,ox=0.98,d=0.73,S=10),diesel=dict(ncv=42.652,cc=0.0202,ox=0.98,d=0.84,S=10),
 cng=dict(ncv=389.31,cc=0.01532,ox=0.99),lng=dict(ncv=51.44,cc=0.01532,ox=0.99),hydrogen=dict(ncv=120))
carrier={'gasoline':'gasoline','hybrid-gasoline':'gasoline','diesel':'diesel','hybrid-diesel':'diesel','cng':'cng','lng':'lng','electric':'electricity','hydrogen':'hydrogen'}
perkm={('car','gasoline'):(57,6),('car','hybrid-gasoline'):(57,6),('taxi','gasoline'):(57,6),('taxi','hybrid-gasoline'):(57,6),('car','diesel'):(0,15),
 ('light-truck','gasoline'):(57,16),('light-truck','diesel'):(0,15),('heavy-truck','diesel'):(175,30),('bus','diesel'):(175,30),('bus','hybrid-diesel'):(175,30),
 ('heavy-truck','lng'):(900,34),('bus','cng'):(900,41),('bus','lng'):(900,43),('taxi','cng'):(80,9),('two-three-wheeler','gasoline'):(57,6)}
comb={('rail','diesel'):(4.15,28.6),('navigation','diesel'):(7,2)}
seg={'rail-freight':'rail','metro':'rail','waterway':'navigation'}
GWP={'ch4':28,'n2o':265}
def val(I,k,o):
    v=I.get(k,0)
    return v[o] if isinstance(v,list) else v
def run(I,o,detail=False):
    tot=0;bym={}
    energy={}
    for grp,modes in (('passenger',['bus','taxi','car','two-three-wheeler','metro','active']),('freight',['light-truck','heavy-truck','rail-freight','waterway'])):
        A=val(I,f'{grp}.activity',o)
        for m in modes:
            act=A*val(I,f'{grp}.mode.{m}.share',o)
            if m=='active': continue
            vkm=act/val(I,f'mode.{m}.load',o)
            e=0
            for t in tech[m]:
                if f'mode.{m}.tech.{t}.share' not in I: continue
                tv=vkm*val(I,f'mode.{m}.tech.{t}.share',o)
                q=tv*val(I,f'mode.{m}.tech.{t}.intensity',o)/100
                c=carrier[t]
                if c in('gasoline','diesel'):
                    tn=q/1000*F[c]['d'];gj=tn*F[c]['ncv']
                elif c=='cng': gj=q/1e4*F[c]['ncv']
                elif c in ('lng','hydrogen'): gj=q/1000*F[c]['ncv']
                else: gj=q*0.0036
                energy[c]=energy.get(c,0)+gj
                if c=='electricity': co2=q/1000*val(I,'electricity.grid-factor',o); ch4=n2o=0
                elif c=='hydrogen': co2=q/1000*val(I,'hydrogen.factor',o); ch4=n2o=0
                else:
                    co2=gj*F[c]['cc']*F[c]['ox']*44/12
                    a,b=perkm.get((m,t),(0,0)); ca,cb=comb.get((seg.get(m,'road'),c),(0,0))
                    ch4=tv*a*1e-9+gj*ca*1e-6; n2o=tv*b*1e-9+gj*cb*1e-6
                e+=co2+ch4*GWP['ch4']+n2o*GWP['n2o']
            bym[m]=e; tot+=e
    return (tot,bym,energy) if detail else tot
if __name__ == "__main__":
    t,b,en=run(I,0,True)
    print('base 2024 inventory (tCO2e):', repr(t))
    print('by mode:', {k:round(v) for k,v in b.items()})
    print({k:round(v) for k,v in en.items()})
    for y in (2030,2035,2060): print('BAU', y, round(run(I,years.index(y))))
