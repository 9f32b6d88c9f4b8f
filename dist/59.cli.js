export const id=59;export const ids=[59];export const modules={
45059:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
verifyAttestation:()=>verifyAttestation});var external_node_fs_=__webpack_require__(73024)
;var external_node_os_=__webpack_require__(48161);var external_node_path_=__webpack_require__(76760)
;var dist=__webpack_require__(61040);var protobuf_specs_dist=__webpack_require__(19654)
;var verify_dist=__webpack_require__(54187);var schemas=__webpack_require__(26921)
;var core_checkpoint=__webpack_require__(17745);var hash=__webpack_require__(42605)
;const PREDICATE_TYPE="https://github.com/waveframe/awo-action/attestation/run/v1"
;const STATEMENT_TYPE="https://in-toto.io/Statement/v1";const INTOTO_PAYLOAD_TYPE="application/vnd.in-toto+json"
;const digest=schemas.YjP().regex(/^sha256:[0-9a-f]{64}$/);const Gate=schemas.rej({
gate_id:schemas.YjP().describe("The gate step id."),
decision:schemas.YjP().describe("pending, approved, rejected, timed_out, ... as audit/gates/<gate id>.json records it."),
approvers:schemas.YOg(schemas.YjP()).describe("Who resolved the gate (the reviewer, never the run trigger)."),
source:schemas.YjP().nullable().describe("Where the decision came from: github-environment, cli, api, ..."),
requested_at:schemas.YjP().nullable(),resolved_at:schemas.YjP().nullable(),environment:schemas.YjP().nullable()})
;const EvidenceFacts=schemas.rej({run_id:schemas.YjP(),
status:schemas.YjP().describe("The run status: completed, paused, failed or rejected."),
result:schemas.k5n(["PASSED","WARNED","FAILED"]).describe("Test Result vocabulary: completed → PASSED, paused → WARNED, failed/rejected → FAILED."),
passedTests:schemas.YOg(schemas.YjP()).describe("Completed steps and approved gates, as `step:<id>` / `gate:<id>`."),
warnedTests:schemas.YOg(schemas.YjP()).describe("Pending gates."),
failedTests:schemas.YOg(schemas.YjP()).describe("Failed or denied steps, rejected or timed-out gates."),
commit:schemas.rej({sha:schemas.YjP().nullable(),ref:schemas.YjP().nullable()}),
workflow_hash:digest.nullable().describe("receipts/workflow.json `workflow_hash` (the workflow receipt)."),
checkpoint:schemas.rej({size:schemas.aig().int().nonnegative(),root:digest,text:schemas.YjP()
}).describe("RFC 9162 tree head over audit/log.jsonl; `text` is `<size>:sha256:<hex>`."),
previous_bundle_sha256:digest.nullable().describe("The bundle this stage continued from (the latest audit line's details.previous.bundle_sha256); null for a first stage."),
gates:schemas.YOg(Gate),policy:schemas.rej({id:schemas.YjP().nullable(),tier:schemas.YjP().nullable(),
hash:digest.nullable()}),models:schemas.YOg(schemas.YjP())});const SigningContext=schemas.rej({
repository:schemas.YjP().describe("owner/name"),workflow_run:schemas.rej({id:schemas.YjP(),attempt:schemas.YjP(),
url:schemas.YjP()}),artifact:schemas.rej({id:schemas.aig().int().nullable(),name:schemas.YjP()})})
;const RunPredicate=schemas.rej({...EvidenceFacts.shape,...SigningContext.shape})
;const str=value=>typeof value==="string"?value:null
;const obj=value=>value!==null&&typeof value==="object"&&!Array.isArray(value)?value:{};function resultOf(status){
if(status==="completed")return"PASSED";if(status==="paused")return"WARNED";return"FAILED"}function gateOf(record){
const resolution=obj(record.resolution);const request=obj(record.request);const named=obj(resolution.details).approvers
;const listed=Array.isArray(named)?named.filter(a=>typeof a==="string"):[];const actor=str(resolution.actor);return{
gate_id:str(record.gate_id)??"",decision:str(resolution.decision)??str(record.status)??"pending",
approvers:listed.length>0?listed:actor?[actor]:[],source:str(resolution.source),requested_at:str(request.at),
resolved_at:str(resolution.at),environment:str(request.environment)}}
function legacyJoinedApprovers(claimed,actual,notes){if(!Array.isArray(claimed))return claimed
;return claimed.map((gate,i)=>{const listed=actual[i]?.approvers??[];const joined=gate?.approvers
;if(listed.length<2||gate?.gate_id!==actual[i].gate_id||!Array.isArray(joined)||joined.length!==1||joined[0]!==listed.join(", "))return gate
;notes.push(`the attestation lists the ${listed.length} approvers of gate ${gate.gate_id} as one name, as attestations signed by awo 1.0 did`)
;return{...gate,approvers:listed}})}function previousBundle(lines){for(let i=lines.length-1;i>=0;i-=1){let line;try{
line=JSON.parse(lines[i])}catch{continue}const value=obj(obj(obj(line).details).previous).bundle_sha256;if((0,
hash.Bc)(value))return value}return null}function evidenceFacts(evidence){const{metadata:metadata}=evidence
;const runId=str(metadata.run_id)??"";const status=str(metadata.status)??"unknown"
;const gates=evidence.gates.map(gateOf).sort((a,b)=>a.gate_id<b.gate_id?-1:1)
;const steps=Array.isArray(metadata.steps)?metadata.steps.map(obj):[]
;const passed=[...steps.filter(s=>s.status==="completed").map(s=>`step:${str(s.step_id)}`),...gates.filter(g=>g.decision==="approved").map(g=>`gate:${g.gate_id}`)]
;const warned=gates.filter(g=>g.decision==="pending").map(g=>`gate:${g.gate_id}`)
;const failed=[...steps.filter(s=>s.status==="failed"||s.status==="denied").map(s=>`step:${str(s.step_id)}`),...gates.filter(g=>g.decision!=="approved"&&g.decision!=="pending").map(g=>`gate:${g.gate_id}`)]
;const checkpoint=(0,core_checkpoint.S$)(runId,evidence.auditLines);const git=obj(metadata.git)
;const hashes=obj(metadata.hashes);const workflowHash=str(evidence.workflowReceipt?.workflow_hash)
;const policyHash=str(hashes.policy);return{run_id:runId,status:status,result:resultOf(status),passedTests:passed,
warnedTests:warned,failedTests:failed,commit:{sha:str(git.sha),ref:str(git.ref)},workflow_hash:(0,
hash.Bc)(workflowHash)?workflowHash:null,checkpoint:{size:checkpoint.size,root:checkpoint.root,text:(0,
core_checkpoint.wP)(checkpoint)},previous_bundle_sha256:previousBundle(evidence.auditLines),gates:gates,policy:{
id:str(evidence.policy?.id),tier:str(evidence.policy?.tier),hash:(0,hash.Bc)(policyHash)?policyHash:null},
models:Array.isArray(metadata.models)?metadata.models.filter(m=>typeof m==="string"):[]}}
function buildStatement(bundle,facts,context){return{_type:STATEMENT_TYPE,subject:[{name:bundle.name,digest:{
sha256:bundle.sha256.replace(/^sha256:/,"")}}],predicateType:PREDICATE_TYPE,predicate:{...facts,...context}}}
function differences(claimed,actual,at=""){if(Array.isArray(claimed)&&Array.isArray(actual)){
if(claimed.length!==actual.length)return[at||"."]
;return claimed.flatMap((item,i)=>differences(item,actual[i],`${at}[${i}]`))}
if(claimed&&actual&&typeof claimed==="object"&&typeof actual==="object"){
const keys=[...new Set([...Object.keys(claimed),...Object.keys(actual)])]
;return keys.flatMap(key=>differences(claimed[key],actual[key],at?`${at}.${key}`:key))}
return Object.is(claimed,actual)?[]:[at||"."]}var errors=__webpack_require__(74296);function readJson(runDir,rel){
const file=external_node_path_.join(runDir,rel);if(!external_node_fs_.existsSync(file))return undefined;try{
const value=JSON.parse(external_node_fs_.readFileSync(file,"utf8"))
;if(value&&typeof value==="object"&&!Array.isArray(value))return value}catch{}
throw new errors.cs(`${rel}: not a JSON object`,rel)}function readRunEvidence(runDir){
const metadata=readJson(runDir,"metadata.json")
;if(!metadata)throw new errors.m_(`${runDir}: no metadata.json, so not a run folder`)
;const gatesDir=external_node_path_.join(runDir,"audit","gates")
;const gates=external_node_fs_.existsSync(gatesDir)?external_node_fs_.readdirSync(gatesDir).filter(name=>name.endsWith(".json")).sort().map(name=>readJson(runDir,`audit/gates/${name}`)??{}):[]
;const input=readJson(runDir,"input.json");const policy=input?.policy?.document
;const log=external_node_path_.join(runDir,"audit","log.jsonl")
;const text=external_node_fs_.existsSync(log)?external_node_fs_.readFileSync(log,"utf8"):""
;const auditLines=text===""?[]:text.replace(/\n$/,"").split("\n");return{metadata:metadata,gates:gates,
workflowReceipt:readJson(runDir,"receipts/workflow.json"),policy:policy&&typeof policy==="object"?policy:undefined,
auditLines:auditLines}}function runEvidenceFacts(runDir){const evidence=readRunEvidence(runDir)
;const facts=evidenceFacts(evidence);const recorded=readJson(runDir,core_checkpoint.S5);if(recorded){const computed=(0,
core_checkpoint.S$)(facts.run_id,evidence.auditLines)
;if(recorded.size!==computed.size||recorded.root!==computed.root||recorded.run_id!==computed.run_id){
throw new errors.cs(`${core_checkpoint.S5}: records ${String(recorded.size)}:${String(recorded.root)} for ${String(recorded.run_id)}, but audit/log.jsonl gives ${computed.size}:${computed.root} for ${computed.run_id}`,core_checkpoint.S5)
}}return facts}var core_dist=__webpack_require__(83917);const OIDS={sourceRepositoryUri:"1.3.6.1.4.1.57264.1.12",
sourceRepositoryRef:"1.3.6.1.4.1.57264.1.14",sourceRepositoryDigest:"1.3.6.1.4.1.57264.1.13",
buildSignerUri:"1.3.6.1.4.1.57264.1.9",runInvocationUri:"1.3.6.1.4.1.57264.1.21",issuer:"1.3.6.1.4.1.57264.1.8"}
;const UTF8_STRING=12;function certificate_identity_text(value){if(value.length>1&&value[0]===UTF8_STRING){try{
return core_dist.ASN1Obj.parseBuffer(Buffer.from(value)).value.toString("utf8")}catch{}}return value.toString("utf8")}
function certificateIdentity(signer){const values=new Map;for(const pair of signer.identity?.oids??[]){
if(pair.oid)values.set(pair.oid.id.join("."),certificate_identity_text(Buffer.from(pair.value)))}
const entries=Object.entries(OIDS).map(([name,oid])=>[name,values.get(oid)]);return Object.fromEntries(entries)}
var safe_extract=__webpack_require__(48038);function readJsonFile(file,what){let text;try{
text=external_node_fs_.readFileSync(file,"utf8")}catch{throw new errors.dz(`${what} not found: ${file}`)}try{
const first=text.trim().split("\n")[0];return JSON.parse(text.trim().includes("\n")&&first.startsWith('{"')?first:text)
}catch(err){throw new errors.dz(`${file}: not JSON (${(0,errors.bD)(err)}); expected a ${what}`)}}
function loadBundle(file){let json=readJsonFile(file,"Sigstore bundle")
;if(json&&typeof json==="object"&&"bundle"in json&&!("mediaType"in json))json=json.bundle;try{return(0,dist.vw)(json)
}catch(err){
throw new errors.dz(`${file}: not a Sigstore bundle (${(0,errors.bD)(err)}); --attestation takes the .sigstore.json the action uploaded`)
}}function loadTrustedRoot(file){let text;try{text=external_node_fs_.readFileSync(file,"utf8").trim()}catch{
throw new errors.dz(`Sigstore trusted root not found: ${file}`)}
const lines=text.split("\n").filter(line=>line.trim()!=="")
;const documents=lines.length>1&&lines.every(line=>line.trim().startsWith('{"'))?lines:[text]
;const roots=documents.map(doc=>{let json;try{json=JSON.parse(doc)}catch(err){
throw new errors.dz(`${file}: not JSON (${(0,errors.bD)(err)}); expected a Sigstore trusted root`)}
if(!json||typeof json!=="object"||typeof json.mediaType!=="string"||!json.mediaType.startsWith("application/vnd.dev.sigstore.trustedroot"))throw new errors.dz(`${file}: not a Sigstore trusted root (mediaType application/vnd.dev.sigstore.trustedroot+json); get one with \`gh attestation trusted-root\``)
;return protobuf_specs_dist.TrustedRoot.fromJSON(json)});return{...roots[0],tlogs:roots.flatMap(r=>r.tlogs),
ctlogs:roots.flatMap(r=>r.ctlogs),certificateAuthorities:roots.flatMap(r=>r.certificateAuthorities),
timestampAuthorities:roots.flatMap(r=>r.timestampAuthorities)}}function verifySignature(bundle,root){
const logged=bundle.verificationMaterial.tlogEntries.length>0;const verifier=new verify_dist.BL((0,
verify_dist.jO)(root),{tlogThreshold:logged?1:0,ctlogThreshold:logged?1:0,timestampThreshold:1});return{
signer:verifier.verify((0,verify_dist.DC)(bundle)),instance:logged?"public-good":"github"}}
const GITHUB_ACTIONS_ISSUER="https://token.actions.githubusercontent.com";const pathOf=uri=>{if(!uri)return undefined
;try{return new URL(uri).pathname.replace(/^\/+/,"")}catch{return uri}};function identityProblem(id,check,predicate){
const issuer=check.certOidcIssuer??GITHUB_ACTIONS_ISSUER
;if(id.issuer!==issuer)return`the certificate's OIDC issuer is ${id.issuer??"(none)"}, not ${issuer}${check.certOidcIssuer?" (--cert-oidc-issuer)":" (GitHub Actions; --cert-oidc-issuer for another)"}`
;const repo=pathOf(id.sourceRepositoryUri)
;if(!repo||repo.toLowerCase()!==check.repo.toLowerCase())return`the certificate was issued to repository ${repo??"(none)"}, not ${check.repo} (--repo)`
;if(predicate.repository.toLowerCase()!==repo.toLowerCase())return`the predicate names repository ${predicate.repository}, but the certificate was issued to ${repo}`
;const signer=pathOf(id.buildSignerUri)??"";if(check.signerWorkflow){
const wanted=check.signerWorkflow.replace(/^https?:\/\//,"").replace(/^[^/]+\.[^/]+\//,"")
;const matches=wanted.includes("@")?signer===wanted:signer.split("@")[0]===wanted
;if(!matches)return`the certificate's signer workflow is ${signer||"(none)"}, not ${check.signerWorkflow} (--signer-workflow)`
}
if(check.sourceRef&&id.sourceRepositoryRef!==check.sourceRef)return`the certificate's source ref is ${id.sourceRepositoryRef??"(none)"}, not ${check.sourceRef} (--source-ref)`
;const run=pathOf(id.runInvocationUri)
;const claimed=`${predicate.repository}/actions/runs/${predicate.workflow_run.id}/attempts/${predicate.workflow_run.attempt}`
;if(run&&run.toLowerCase()!==claimed.toLowerCase())return`the predicate names workflow run ${claimed}, but the certificate was issued to ${run}`
;return undefined}function readStatement(bundle,sha256,name,notes){
if(bundle.content.$case!=="dsseEnvelope")throw new errors.cs("the attestation is not a DSSE envelope (an in-toto statement)","attestation")
;const envelope=bundle.content.dsseEnvelope
;if(envelope.payloadType!==INTOTO_PAYLOAD_TYPE)throw new errors.cs(`the attestation's payload type is ${envelope.payloadType}, not ${INTOTO_PAYLOAD_TYPE}`,"attestation")
;let statement;try{statement=JSON.parse(Buffer.from(envelope.payload).toString("utf8"))}catch{
throw new errors.cs("the attestation payload is not JSON","attestation")}
if(statement._type!==STATEMENT_TYPE)throw new errors.cs(`statement _type is ${String(statement._type)}, not ${STATEMENT_TYPE}`,"statement._type")
;if(statement.predicateType!==PREDICATE_TYPE)throw new errors.cs(`predicateType is ${String(statement.predicateType)}; this awo verifies ${PREDICATE_TYPE}`,"statement.predicateType")
;const subjects=Array.isArray(statement.subject)?statement.subject:[];const hex=sha256.replace(/^sha256:/,"")
;const subject=subjects.find(s=>s?.digest?.sha256===hex);if(!subject){
const named=subjects.map(s=>`sha256:${String(s?.digest?.sha256)}`).join(", ")||"none"
;throw new errors.cs(`the attestation's subject digest is ${named}, but the bundle is ${sha256}`,"statement.subject")}
if(subject.name!==name)notes.push(`the attestation names the bundle ${String(subject.name)}; this file is called ${name} (the digest matches)`)
;const parsed=RunPredicate.safeParse(statement.predicate);if(!parsed.success){const issue=parsed.error.issues[0]
;throw new errors.cs(`predicate.${issue.path.join(".")}: ${issue.message} (schema docs/attestation-run-v1.schema.json)`,"statement.predicate")
}return parsed.data}function valueAt(value,where){let node=value
;for(const part of where.split(/\.|\[(\d+)\]/).filter(Boolean)){node=node&&typeof node==="object"?node[part]:undefined}
return JSON.stringify(node)??"nothing"}async function verifyAttestation(bundlePath,check){const notes=[]
;const bundle=loadBundle(check.attestation);const root=loadTrustedRoot(check.trustedRoot);const sha256=await(0,
safe_extract.DC)(bundlePath);let signer;let instance;try{
({signer:signer,instance:instance}=verifySignature(bundle,root))}catch(err){const code=err.code;return{ok:false,
where:check.attestation,
message:`${check.attestation}: the Sigstore signature does not verify against ${check.trustedRoot}: ${typeof code==="string"?`${code}: `:""}${(0,
errors.bD)(err)}`,notes:notes}}const identity=certificateIdentity(signer);let predicate;try{
predicate=readStatement(bundle,sha256,external_node_path_.basename(bundlePath),notes)}catch(err){
if(err instanceof errors.cs)return{ok:false,where:err.where,message:err.message,notes:notes,identity:identity,
instance:instance};throw err}const problem=identityProblem(identity,check,predicate);if(problem)return{ok:false,
where:"certificate",message:problem,notes:notes,identity:identity,predicate:predicate,instance:instance}
;const tmp=external_node_fs_.mkdtempSync(external_node_path_.join(check.tmpDir??external_node_os_.tmpdir(),"awo-attest-"))
;try{const{runDir:runDir}=await(0,safe_extract.zq)(bundlePath,tmp,{expectedSha256:sha256})
;const facts=runEvidenceFacts(runDir)
;const claimed=Object.fromEntries(Object.keys(EvidenceFacts.shape).map(key=>[key,predicate[key]]))
;claimed.gates=legacyJoinedApprovers(claimed.gates,facts.gates,notes);const first=differences(claimed,facts)[0]
;if(first)return{ok:false,where:`predicate.${first}`,
message:`predicate.${first} is ${valueAt(claimed,first)} in the attestation, but the bundle's evidence gives ${valueAt(facts,first)}`,
notes:notes,identity:identity,predicate:predicate,instance:instance}}catch(err){if(err instanceof errors.cs)return{
ok:false,where:err.where,message:err.message,notes:notes,identity:identity,predicate:predicate,instance:instance}
;throw err}finally{external_node_fs_.rmSync(tmp,{recursive:true,force:true})}return{ok:true,notes:notes,
identity:identity,predicate:predicate,instance:instance}}}};
