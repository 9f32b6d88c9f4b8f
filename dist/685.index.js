export const id=685;export const ids=[685];export const modules={
48685:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
attestBundle:()=>attestBundle});var external_node_fs_=__webpack_require__(73024);var core=__webpack_require__(91659)
;var dist=__webpack_require__(61040);var sign_dist=__webpack_require__(15179);var schemas=__webpack_require__(38816)
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
return Object.is(claimed,actual)?[]:[at||"."]}var errors=__webpack_require__(74296)
;var external_node_path_=__webpack_require__(76760);function readJson(runDir,rel){
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
}}return facts}var artifacts=__webpack_require__(18089);class AttestationError extends errors._{constructor(message){
super("ATTESTATION",message,1)}}var outputs=__webpack_require__(18948);function repositoryVisibility(env){
const file=env.GITHUB_EVENT_PATH;if(!file||!external_node_fs_.existsSync(file))return undefined;try{
const event=JSON.parse(external_node_fs_.readFileSync(file,"utf8"));const visibility=event.repository?.visibility
;return typeof visibility==="string"?visibility:undefined}catch{return undefined}}function sigstoreEndpoints(env){
if(repositoryVisibility(env)==="public"){return{instance:"public-good",
fulcioUrl:env.AWO_SIGSTORE_FULCIO_URL||"https://fulcio.sigstore.dev",
rekorUrl:env.AWO_SIGSTORE_REKOR_URL||"https://rekor.sigstore.dev"}}
let host=new URL(env.GITHUB_SERVER_URL||"https://github.com").hostname;if(host==="github.com")host="githubapp.com"
;return{instance:"github",fulcioUrl:env.AWO_SIGSTORE_FULCIO_URL||`https://fulcio.${host}`,
tsaUrl:env.AWO_SIGSTORE_TSA_URL||`https://timestamp.${host}`}}const TIMEOUT_MS=1e4;const RETRIES=3
;function requireIdToken(env){if(!env.ACTIONS_ID_TOKEN_REQUEST_URL||!env.ACTIONS_ID_TOKEN_REQUEST_TOKEN){
throw new AttestationError("attest: true needs the job permission id-token: write (ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set); add `permissions: { id-token: write, attestations: write, contents: read }` to the job")
}}async function signStatement(statement,endpoints){const signer=new sign_dist.$o({
identityProvider:new sign_dist.Zk("sigstore"),fulcioBaseURL:endpoints.fulcioUrl,timeout:TIMEOUT_MS,retry:RETRIES})
;const witnesses=[];if(endpoints.rekorUrl)witnesses.push(new sign_dist.fU({rekorBaseURL:endpoints.rekorUrl,
fetchOnConflict:true,timeout:TIMEOUT_MS,retry:RETRIES}));if(endpoints.tsaUrl)witnesses.push(new sign_dist.gs({
tsaBaseURL:endpoints.tsaUrl,timeout:TIMEOUT_MS,retry:RETRIES}));try{const bundle=await new sign_dist.VV({signer:signer,
witnesses:witnesses}).create({data:Buffer.from(JSON.stringify(statement)),type:INTOTO_PAYLOAD_TYPE});return(0,
dist.bundleToJSON)(bundle)}catch(err){
const urls=[endpoints.fulcioUrl,endpoints.rekorUrl,endpoints.tsaUrl].filter(Boolean).join(", ")
;throw new AttestationError(`signing the attestation through Sigstore's ${endpoints.instance} instance (${urls}) failed: ${(0,
errors.bD)(err)}`)}}async function storeAttestation(bundle,ctx,token){
const url=`${ctx.apiUrl}/repos/${ctx.owner}/${ctx.repo}/attestations`;let response;try{response=await fetch(url,{
method:"POST",headers:{accept:"application/vnd.github+json",authorization:`Bearer ${token}`,
"content-type":"application/json","x-github-api-version":"2022-11-28"},body:JSON.stringify({bundle:bundle}),
signal:AbortSignal.timeout(3e4)})}catch(err){
throw new AttestationError(`storing the attestation (POST ${url}) failed: ${(0,errors.bD)(err)}`)}
const text=await response.text();if(response.status===401||response.status===403||response.status===404){
throw new AttestationError(`storing the attestation was refused (${response.status} from POST ${url}): the job needs the permission attestations: write (and the token input must be the job's token); GitHub said: ${text.slice(0,300)}`)
}
if(!response.ok)throw new AttestationError(`storing the attestation failed: ${response.status} from POST ${url}: ${text.slice(0,300)}`)
;let id;try{id=JSON.parse(text).id}catch{id=undefined}
if(typeof id!=="number"&&typeof id!=="string")throw new AttestationError(`storing the attestation: POST ${url} answered without an id`)
;return String(id)}async function summarize(target,ctx,instance,url,checkpoint){
const where=instance==="public-good"?"Sigstore's public-good instance (entry in the public Rekor log)":"GitHub's Sigstore instance (RFC 3161 timestamp, no public log)"
;const lines=["## Attestation","",`Signed through ${where}: [attestation](${url}), Sigstore bundle \`${target.name}.sigstore.json\` (artifact beside the bundle), checkpoint \`${checkpoint}\`.`,"","```sh",`awo verify ${target.name} --attestation ${target.name}.sigstore.json --trusted-root trusted_root.jsonl --repo ${ctx.repository}`,`gh attestation verify ${target.name} --repo ${ctx.repository} --bundle ${target.name}.sigstore.json --predicate-type ${PREDICATE_TYPE}`,"```",""]
;try{await core.z.addRaw(lines.join("\n"),true).write()}catch(err){core.$e(`could not write the job summary: ${(0,
errors.bD)(err)}`)}}async function attestBundle(target,ctx,token,retentionDays,env=process.env){requireIdToken(env)
;if(!token)throw new AttestationError("attest: true needs the token input (default ${{ github.token }}) with attestations: write")
;const facts=runEvidenceFacts(target.runDir);(0,outputs.n)({checkpoint:facts.checkpoint.text})
;const statement=buildStatement(target,facts,{repository:ctx.repository,workflow_run:{id:ctx.runId,
attempt:ctx.runAttempt,url:`${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}/attempts/${ctx.runAttempt}`},
artifact:{id:target.artifactId,name:target.name}});const endpoints=sigstoreEndpoints(env)
;const bundle=await signStatement(statement,endpoints);const bundlePath=`${target.path}.sigstore.json`
;external_node_fs_.writeFileSync(bundlePath,`${JSON.stringify(bundle,null,2)}\n`);(0,outputs.n)({
"attestation-path":bundlePath});await(0,artifacts.sd)(bundlePath,retentionDays)
;const attestationId=await storeAttestation(bundle,ctx,token)
;const attestationUrl=`${ctx.serverUrl}/${ctx.repository}/attestations/${attestationId}`;(0,outputs.n)({
"attestation-id":attestationId,"attestation-url":attestationUrl})
;await summarize(target,ctx,endpoints.instance,attestationUrl,facts.checkpoint.text);return{statement:statement,
bundlePath:bundlePath,instance:endpoints.instance,attestationId:attestationId,attestationUrl:attestationUrl}}}};
