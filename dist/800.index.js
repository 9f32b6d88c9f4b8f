export const id=800;export const ids=[800];export const modules={
47376:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
f:()=>annotate});var _actions_core__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(91659);function annotate(outcome){
for(const{step_id:step_id,decision:decision}of outcome.decisions){
const message=`step "${step_id}" ${decision.decision==="deny"?"denied":"flagged"} by policy ${decision.policy_id}: ${decision.reason}`
;if(decision.decision==="deny")_actions_core__WEBPACK_IMPORTED_MODULE_0__.z3(message,{
title:`AWO policy deny (${outcome.runId})`
});else if(decision.decision==="flag")_actions_core__WEBPACK_IMPORTED_MODULE_0__.$e(message,{
title:`AWO policy flag (${outcome.runId})`})}}},
38256:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
v:()=>attestAfterUpload});function attestAfterUpload(inputs,ctx){if(!inputs.attest)return undefined
;return async published=>{
const{attestBundle:attestBundle}=await Promise.all([__webpack_require__.e(179),__webpack_require__.e(685)]).then(__webpack_require__.bind(__webpack_require__,48685))
;await attestBundle(published,ctx,inputs.token,inputs.retentionDays)}}},
85458:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
B:()=>resultOf,n:()=>outcomeOutputs});var _outputs_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(18948)
;function outcomeOutputs(outcome){(0,_outputs_js__WEBPACK_IMPORTED_MODULE_0__.n)({"run-id":outcome.runId,
status:outcome.status,"run-dir":outcome.runDir,"gate-id":outcome.status==="paused"?outcome.gate?.gate_id:undefined,
"workflow-hash":outcome.workflowHash??undefined})}function resultOf(outcome,artifactName){
if(outcome.status==="failed"||outcome.status==="rejected"){const why=outcome.failure?.reason??"no reason recorded"
;return{failure:`AWO run ${outcome.runId} ${outcome.status}: ${why}. The evidence is uploaded as ${artifactName}.`}}
return{}}},87080:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{
__webpack_require__.d(__webpack_exports__,{m:()=>publish});var external_node_fs_=__webpack_require__(73024)
;var external_node_path_=__webpack_require__(76760);var checkpoint=__webpack_require__(17745)
;var errors=__webpack_require__(74296);var pack=__webpack_require__(80631)
;const safe=text=>text.replace(/[^A-Za-z0-9._-]+/g,"-").replace(/^-+|-+$/g,"")||"job"
;function uploadName(packedName,stage,ctx,sha256){const base=packedName.replace(/\.tar\.gz$/,"")
;const digest=sha256.replace(/^sha256:/,"").slice(0,12)
;return`${base}-${stage}-a${safe(ctx.runAttempt)}-${safe(ctx.job)}-${digest}.tar.gz`}
var artifacts=__webpack_require__(18089);var github_context=__webpack_require__(98141)
;var outputs=__webpack_require__(18948);var summary=__webpack_require__(38770);function checkpointOf(runDir){try{
const{size:size,root:root}=JSON.parse(external_node_fs_.readFileSync(external_node_path_.join(runDir,checkpoint.S5),"utf8"))
;return(0,checkpoint.wP)({size:size,root:root})}catch{return undefined}}
async function publish(runDir,status,ctx,retentionDays,notes,options={}){
const outDir=external_node_path_.join(ctx.runnerTemp,"awo-bundles");const packed=await(0,pack.jX)(runDir,outDir)
;const stage=status==="running"?"failed":status
;const name=options.nameOf?options.nameOf(packed.name,stage,packed.sha256):uploadName(packed.name,stage,ctx,packed.sha256)
;const file=external_node_path_.join(outDir,name);external_node_fs_.renameSync(packed.path,file);(0,outputs.n)({
"bundle-path":file,"bundle-sha256":packed.sha256,"artifact-name":name,checkpoint:checkpointOf(runDir)});const bundle={
name:name,sha256:packed.sha256,bytes:packed.bytes};let uploaded;try{uploaded=await(0,artifacts.sd)(file,retentionDays)
}catch(err){await(0,summary.S)({runDir:runDir,notes:notes,bundle:bundle,continueText:options.continueText});throw err}
if(uploaded.digest!==packed.sha256){
throw new errors.cs(`the artifact service recorded digest ${uploaded.digest} for ${name}, but the bundle is ${packed.sha256}`,name)
}const url=(0,github_context.W)(ctx,uploaded.id);(0,outputs.n)({"artifact-id":String(uploaded.id),"artifact-url":url})
;await(0,summary.S)({runDir:runDir,notes:notes,bundle:bundle,artifact:{id:uploaded.id,url:url},
continueText:options.continueText});const published={path:file,name:name,sha256:packed.sha256,artifactId:uploaded.id,
url:url};if(options.afterUpload)await options.afterUpload({...published,runDir:runDir});return published}},
55296:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
x:()=>sessionOptions});var external_node_fs_=__webpack_require__(73024);var external_node_os_=__webpack_require__(48161)
;var external_node_path_=__webpack_require__(76760);var safe_extract=__webpack_require__(48038)
;var errors=__webpack_require__(74296);var external_node_http_=__webpack_require__(37067)
;var external_node_https_=__webpack_require__(44708);const REDACTED="[redacted]";const MIN_SECRET_LENGTH=4
;function redact(text,secrets){let out=text;for(const secret of secrets){
if(secret===undefined||secret.length<MIN_SECRET_LENGTH)continue;out=out.split(secret).join(REDACTED)}
return out.replace(/[\w-]*[A-Za-z0-9]\*{3,}[\w*-]*/g,REDACTED)}function isRetryableStatus(status){
return status===408||status===409||status===429||status>=500}function parseRetryAfter(headers,now=Date.now()){
const header=name=>{const value=headers[name];return typeof value==="string"?value:null}
;const ms=header("retry-after-ms")
;if(ms!==null&&ms.trim()!==""&&Number.isFinite(Number(ms))&&Number(ms)>=0)return Math.ceil(Number(ms))
;const value=header("retry-after");if(value===null||value.trim()==="")return undefined;const seconds=Number(value)
;if(Number.isFinite(seconds))return seconds>=0?Math.ceil(seconds*1e3):undefined;const at=Date.parse(value)
;return Number.isNaN(at)?undefined:Math.max(0,at-now)}function proxyEnvironment(){
const names=["HTTPS_PROXY","https_proxy","HTTP_PROXY","http_proxy"]
;return names.some(name=>(process.env[name]??"")!=="")?process.env:undefined}const agents={
"http:":new external_node_http_.Agent({keepAlive:true,proxyEnv:proxyEnvironment()}),
"https:":new external_node_https_.Agent({keepAlive:true,proxyEnv:proxyEnvironment()})}
;class TransportError extends Error{phase;original;constructor(phase,original){super((0,errors.bD)(original))
;this.phase=phase;this.original=original}}function send(url,headers,body,signal){return new Promise((resolve,reject)=>{
const transport=url.protocol==="https:"?external_node_https_:external_node_http_;const request=transport.request(url,{
method:"POST",agent:url.protocol==="https:"?agents["https:"]:agents["http:"],headers:{...headers,
"content-length":Buffer.byteLength(body)},...signal?{signal:signal}:{}},response=>{const chunks=[]
;response.on("data",chunk=>chunks.push(chunk));response.on("error",err=>reject(new TransportError("read",err)))
;response.on("aborted",()=>reject(new TransportError("read",Object.assign(new Error("aborted"),{code:"ECONNRESET"}))))
;response.on("end",()=>{if(!response.complete){reject(new TransportError("read",Object.assign(new Error("incomplete"),{
code:"ECONNRESET"})));return}resolve({status:response.statusCode??0,statusText:response.statusMessage??"",
headers:response.headers,body:Buffer.concat(chunks).toString("utf8")})})})
;request.on("error",err=>reject(new TransportError("connect",err)));request.end(body)})}function networkCode(err){
let current=err;for(let depth=0;depth<4&&typeof current==="object"&&current!==null;depth+=1){
const{code:code,cause:cause}=current;if(typeof code==="string")return code;current=cause}return undefined}
function aborted(provider,signal){const reason=signal.reason;const timedOut=reason?.name==="TimeoutError"
;return new errors.Jh(`${provider}: ${timedOut?"request timed out":"request aborted"}`,true)}
async function postJson(req){const clean=text=>redact(text,req.secrets);const origin=new URL(req.url).origin
;const started=performance.now();let response;try{response=await send(new URL(req.url),{
"content-type":"application/json",accept:"application/json",...req.headers},JSON.stringify(req.body),req.signal)
}catch(err){if(req.signal?.aborted)throw aborted(req.provider,req.signal)
;const phase=err instanceof TransportError?err.phase:"connect"
;const cause=err instanceof TransportError?err.original:err;const code=networkCode(cause)??(0,errors.bD)(cause)
;const what=phase==="read"?"connection lost while reading the response":`could not reach ${origin}`
;throw new errors.Jh(clean(`${req.provider}: ${what} (${code})`),true)}const body=response.body
;const latencyMs=Math.round(performance.now()-started);let json;let parsed=true;try{json=JSON.parse(body)}catch{
parsed=false}if(response.status<200||response.status>299){const providerMessage=parsed?req.errorMessage(json):undefined
;const detail=providerMessage??(body.trim().slice(0,300)||response.statusText)
;const retryable=isRetryableStatus(response.status)
;throw new errors.Jh(clean(`${req.provider}: HTTP ${response.status}: ${detail}`),retryable,retryable?parseRetryAfter(response.headers):undefined,response.status)
}if(!parsed){
throw new errors.Jh(`${req.provider}: response was not valid JSON (${body.length} bytes received, truncated?)`,true,undefined,response.status)
}return{status:response.status,headers:response.headers,json:json,latencyMs:latencyMs}}
const isNumber=v=>typeof v==="number"&&Number.isFinite(v);function numberIn(min,max){
return v=>isNumber(v)&&v>=min&&v<=max?undefined:`must be a number from ${min} to ${max}`}function integerFrom(min){
return v=>Number.isInteger(v)&&v>=min?undefined:`must be an integer >= ${min}`}
const params_text=v=>typeof v==="string"?undefined:"must be a string";function stopSequences(max){return v=>{
if(typeof v==="string")return undefined
;if(Array.isArray(v)&&v.length<=max&&v.every(s=>typeof s==="string"))return undefined
;return`must be a string or a list of at most ${max} strings`}}function checkParams(params,spec,backend){
const problems=[];const accepted=Object.keys(spec).sort();for(const[name,value]of Object.entries(params)){
const check=spec[name];if(check===undefined){
problems.push(`params.${name}: not accepted by the ${backend} backend (accepted: ${accepted.join(", ")})`);continue}
const problem=check(value);if(problem!==undefined)problems.push(`params.${name}: ${problem}`)}return problems}
const ANTHROPIC_DEFAULT_BASE_URL="https://api.anthropic.com";const ANTHROPIC_DEFAULT_VERSION="2023-06-01"
;const ANTHROPIC_DEFAULT_MAX_TOKENS=1024;const spec={model:params_text,temperature:numberIn(0,1),top_p:numberIn(0,1),
top_k:integerFrom(1),max_tokens:integerFrom(1),stop:stopSequences(8191),system:params_text}
;const anthropicParams=Object.keys(spec);function validateParams(params){return checkParams(params,spec,"anthropic")}
function anthropicBody(prompt,params,model){const body={model:model,
max_tokens:params.max_tokens??ANTHROPIC_DEFAULT_MAX_TOKENS,messages:[{role:"user",content:prompt}]}
;if(params.system!==undefined)body.system=params.system
;for(const name of["temperature","top_p","top_k"])if(params[name]!==undefined)body[name]=params[name]
;if(params.stop!==undefined)body.stop_sequences=typeof params.stop==="string"?[params.stop]:params.stop;return body}
function anthropicErrorMessage(json){const error=json?.error;if(typeof error?.message!=="string")return undefined
;return typeof error.type==="string"?`${error.type}: ${error.message}`:error.message}
const count=v=>typeof v==="number"?v:null;function createAnthropicBackend(config){
const url=`${config.baseUrl.replace(/\/+$/,"")}/v1/messages`;return{name:"anthropic",model:config.model,
validateParams:validateParams,async generate(prompt,params,signal){const problems=validateParams(params)
;if(problems.length>0)throw new errors.Jh(`anthropic: ${problems.join("; ")}`,false)
;const model=typeof params.model==="string"?params.model:config.model;const response=await postJson({
provider:"anthropic",url:url,headers:{"x-api-key":config.apiKey,"anthropic-version":config.version},
body:anthropicBody(prompt,params,model),signal:signal,secrets:[config.apiKey],errorMessage:anthropicErrorMessage})
;const message=response.json
;if(!Array.isArray(message?.content))throw new errors.Jh("anthropic: response has no content",false)
;const input=count(message.usage?.input_tokens);const output=count(message.usage?.output_tokens);return{
text:message.content.filter(block=>block.type==="text"&&typeof block.text==="string").map(block=>block.text).join(""),
provider:"anthropic",model:typeof message.model==="string"?message.model:model,requested_model:model,
response_id:typeof message.id==="string"?message.id:null,
finish_reason:typeof message.stop_reason==="string"?message.stop_reason:null,usage:{input_tokens:input,
output_tokens:output,total_tokens:input!==null&&output!==null?input+output:null},latency_ms:response.latencyMs}}}}
const chatCompletionsParams={model:params_text,temperature:numberIn(0,2),top_p:numberIn(0,1),max_tokens:integerFrom(1),
max_completion_tokens:integerFrom(1),seed:integerFrom(Number.MIN_SAFE_INTEGER),stop:stopSequences(4),system:params_text,
presence_penalty:numberIn(-2,2),frequency_penalty:numberIn(-2,2)};function needsMaxCompletionTokens(model){
return/^(o\d|gpt-5)/i.test(model)}function chatCompletionsBody(prompt,params,model,includeModel){const messages=[]
;if(typeof params.system==="string")messages.push({role:"system",content:params.system});messages.push({role:"user",
content:prompt});const body=includeModel?{model:model,messages:messages}:{messages:messages}
;for(const name of["temperature","top_p","seed","stop","presence_penalty","frequency_penalty"]){
if(params[name]!==undefined)body[name]=params[name]}
if(params.max_completion_tokens!==undefined)body.max_completion_tokens=params.max_completion_tokens;else if(params.max_tokens!==undefined){
body[needsMaxCompletionTokens(model)?"max_completion_tokens":"max_tokens"]=params.max_tokens}return body}
function chat_completions_chatCompletionsProblems(params,backend){
const conflicts=params.max_tokens!==undefined&&params.max_completion_tokens!==undefined?["params.max_completion_tokens: give either max_tokens or max_completion_tokens, not both"]:[]
;return[...checkParams(params,chatCompletionsParams,backend),...conflicts]}function chatCompletionsErrorMessage(json){
const error=json?.error;if(typeof error?.message!=="string")return undefined
;const kind=typeof error.code==="string"?error.code:typeof error.type==="string"?error.type:undefined
;return kind?`${kind}: ${error.message}`:error.message}const chat_completions_count=v=>typeof v==="number"?v:null
;function chatCompletionsResult(json,provider,requestedModel,latencyMs){const completion=json
;const choice=Array.isArray(completion?.choices)?completion.choices[0]:undefined
;if(choice===undefined)throw new errors.Jh(`${provider}: response has no choices`,false)
;const content=choice.message?.content;const usage=completion.usage??{};return{
text:typeof content==="string"?content:"",provider:provider,
model:typeof completion.model==="string"?completion.model:requestedModel,requested_model:requestedModel,
response_id:typeof completion.id==="string"?completion.id:null,
finish_reason:typeof choice.finish_reason==="string"?choice.finish_reason:null,usage:{
input_tokens:chat_completions_count(usage.prompt_tokens),output_tokens:chat_completions_count(usage.completion_tokens),
total_tokens:chat_completions_count(usage.total_tokens)},latency_ms:latencyMs}}
function createChatCompletionsBackend(target){
const validateParams=params=>chat_completions_chatCompletionsProblems(params,target.name);return{name:target.name,
model:target.model,validateParams:validateParams,async generate(prompt,params,signal){
const problems=validateParams(params)
;if(problems.length>0)throw new errors.Jh(`${target.name}: ${problems.join("; ")}`,false)
;const model=typeof params.model==="string"?params.model:target.model;const response=await postJson({
provider:target.name,url:target.url(model),headers:target.headers,
body:chatCompletionsBody(prompt,params,model,target.modelInBody),signal:signal,secrets:[target.apiKey],
errorMessage:chatCompletionsErrorMessage})
;return chatCompletionsResult(response.json,target.name,model,response.latencyMs)}}}
const AZURE_DEFAULT_API_VERSION="2024-10-21";const azureOpenAiParams=Object.keys(chatCompletionsParams)
;function azure_openai_validateParams(params){return chatCompletionsProblems(params,"azure-openai")}
function createAzureOpenAiBackend(config){const endpoint=config.endpoint.replace(/\/+$/,"")
;return createChatCompletionsBackend({name:"azure-openai",model:config.deployment,
url:deployment=>`${endpoint}/openai/deployments/${encodeURIComponent(deployment)}`+`/chat/completions?api-version=${encodeURIComponent(config.apiVersion)}`,
headers:{"api-key":config.apiKey},modelInBody:false,apiKey:config.apiKey})}const echoParams=null&&[]
;function wordCount(text){const trimmed=text.trim();return trimmed===""?0:trimmed.split(/\s+/).length}
function echo_validateParams(_params){return[]}function createEchoBackend(){return{name:"echo",model:"echo-1",
validateParams:echo_validateParams,generate(prompt,params){const text=`echo: ${prompt}`;const input=wordCount(prompt)
;const output=wordCount(text);return Promise.resolve({text:text,provider:"echo",model:"echo-1",requested_model:"echo-1",
response_id:null,finish_reason:"stop",usage:{input_tokens:input,output_tokens:output,total_tokens:input+output},
latency_ms:0,params:{...params}})}}}const OPENAI_DEFAULT_BASE_URL="https://api.openai.com/v1"
;const openaiParams=Object.keys(chatCompletionsParams);function openai_validateParams(params){
return chatCompletionsProblems(params,"openai")}function createOpenAiBackend(config){
const url=`${config.baseUrl.replace(/\/+$/,"")}/chat/completions`;return createChatCompletionsBackend({name:"openai",
model:config.model,url:()=>url,headers:config.apiKey?{authorization:`Bearer ${config.apiKey}`}:{},modelInBody:true,
apiKey:config.apiKey})}var read_input_file=__webpack_require__(10047);var utf8_text=__webpack_require__(87842)
;var hash=__webpack_require__(42605);const ENGINE_ONLY_PARAMS=["concurrency"];const ENGINE_FIELDS=["prompt","attempts"]
;const isObject=v=>typeof v==="object"&&v!==null&&!Array.isArray(v);function withoutEngineParams(params){const out={
...params};for(const key of ENGINE_ONLY_PARAMS)delete out[key];return out}function replayKey(prompt,params){return`${(0,
hash.QN)(prompt)} ${(0,hash.QN)((0,hash.dj)(withoutEngineParams(params)))}`}function readJson(file){try{
return JSON.parse((0,utf8_text._6)((0,read_input_file.jH)(file,"file"),file))}catch(err){
throw new errors.dz(`replay: cannot read ${file}: ${err.message}`)}}function loadReplayIndex(runDir){
const outputs=external_node_path_.join(runDir,"outputs")
;if(!external_node_fs_.existsSync(external_node_path_.join(runDir,"input.json"))&&!external_node_fs_.existsSync(outputs)){
throw new errors.m_(`replay: ${runDir} is not a run folder (no input.json, no outputs/)`)}const index={runDir:runDir,
backend:{name:null,model:null},calls:new Map,prompts:new Map}
;const input=external_node_fs_.existsSync(external_node_path_.join(runDir,"input.json"))?readJson(external_node_path_.join(runDir,"input.json")):undefined
;if(isObject(input)&&isObject(input.backend)){const{name:name,model:model}=input.backend;index.backend={
name:typeof name==="string"?name:null,model:typeof model==="string"?model:null}}
const files=external_node_fs_.existsSync(outputs)?external_node_fs_.readdirSync(outputs).filter(f=>f.endsWith(".json")).sort():[]
;for(const file of files){const record=readJson(external_node_path_.join(outputs,file))
;if(!isObject(record)||record.op!=="llm_map"||!isObject(record.output))continue
;const step=typeof record.step_id==="string"?record.step_id:file.replace(/\.json$/,"")
;const stepParams=isObject(record.input)&&isObject(record.input.params)?record.input.params:undefined
;const calls=Array.isArray(record.output.calls)?record.output.calls:[];for(const call of calls){
if(!isObject(call)||typeof call.prompt!=="string"||typeof call.text!=="string")continue
;const params=stepParams??(isObject(call.params)?call.params:{});const result={...call}
;for(const field of ENGINE_FIELDS)delete result[field];const key=replayKey(call.prompt,params)
;const list=index.calls.get(key)??[];list.push({step:step,result:result});index.calls.set(key,list);const promptHash=(0,
hash.QN)(call.prompt);index.prompts.set(promptHash,(index.prompts.get(promptHash)??new Set).add(step))}}return index}
function resolveReplaySource(from,runsDir){
const candidates=[external_node_path_.resolve(from),...runsDir?[external_node_path_.resolve(runsDir,from)]:[]]
;for(const candidate of candidates){if(!external_node_fs_.existsSync(candidate))continue
;if(external_node_fs_.statSync(candidate).isDirectory())return{kind:"folder",runDir:candidate}
;if(/\.(tar\.gz|tgz)$/.test(candidate))return{kind:"bundle",bundlePath:candidate}
;throw new errors.dz(`replay: ${candidate} is neither a run folder nor a .tar.gz bundle`)}
throw new errors.m_(`replay: no run folder or bundle at ${candidates.join(" or ")}`)}
function createReplayBackend(source,openBundle){
let loaded=source.kind==="folder"?loadReplayIndex(source.runDir):undefined;let loading;const served=new Map
;const index=async()=>{if(loaded)return loaded
;if(source.kind!=="bundle")throw new Error("unreachable: folders are loaded eagerly")
;if(!openBundle)throw new errors.dz(`replay: cannot open bundle ${source.bundlePath} here; unpack it and pass the run folder`)
;loading??=openBundle(source.bundlePath,runDir=>({...loadReplayIndex(runDir),runDir:source.bundlePath
})).then(read=>loaded=read);return loading};return{name:"replay",...loaded?.backend.model?{model:loaded.backend.model
}:{},validateParams:()=>[],async generate(prompt,params){const idx=await index();const key=replayKey(prompt,params)
;const recorded=idx.calls.get(key);if(recorded===undefined||recorded.length===0){const promptHash=(0,hash.QN)(prompt)
;const steps=idx.prompts.get(promptHash)
;const why=steps?`recorded only with other params (in step ${[...steps].join(", ")})`:"this prompt was never recorded"
;throw new errors.Jh(`replay: no recorded call in ${idx.runDir} for prompt ${promptHash} with params ${(0,
hash.dj)(withoutEngineParams(params))}: ${why}`,false)}const n=served.get(key)??0;served.set(key,n+1)
;const call=recorded[Math.min(n,recorded.length-1)];return structuredClone(call.result)}}}
const backendNames=["echo","replay","openai","azure-openai","anthropic"]
;async function unpackToTemp(tmpRoot,bundlePath,read){
const into=external_node_fs_.mkdtempSync(external_node_path_.join(tmpRoot,"awo-replay-source-"));try{
return read((await(0,safe_extract.zq)(bundlePath,into)).runDir)}finally{external_node_fs_.rmSync(into,{recursive:true,
force:true})}}function pick(...values){return values.find(v=>v!==undefined&&v.trim()!=="")}
function need(value,what,backend,sources){
if(value===undefined)throw new errors.dz(`backend ${backend} needs ${what}: give ${sources}`);return value}
function httpUrl(value,backend){let url;try{url=new URL(value)}catch{
throw new errors.dz(`backend ${backend}: base URL ${JSON.stringify(value)} is not a URL (expected http(s)://host[:port]/path)`)
}if(url.protocol!=="http:"&&url.protocol!=="https:"){
throw new errors.dz(`backend ${backend}: base URL must be http:// or https://, got ${url.protocol}`)}
if(url.username!==""||url.password!==""){
throw new errors.dz(`backend ${backend}: base URL must not contain credentials; pass the key as api-key`)}return value}
function createBackend(name,options){const env=options.env;switch(name){case"echo":return createEchoBackend()
;case"replay":{
const from=need(pick(options.replayFrom,env.AWO_REPLAY_FROM),"a recorded run",name,"--replay-from or AWO_REPLAY_FROM")
;return createReplayBackend(resolveReplaySource(from,options.runsDir),options.openBundle??((bundlePath,read)=>unpackToTemp(env.TMPDIR||external_node_os_.tmpdir(),bundlePath,read)))
}case"openai":{
const baseUrl=httpUrl(pick(options.baseUrl,env.AWO_BASE_URL,env.OPENAI_BASE_URL)??OPENAI_DEFAULT_BASE_URL,name)
;const apiKey=pick(options.apiKey,env.AWO_API_KEY,env.OPENAI_API_KEY)
;if(apiKey===undefined&&new URL(baseUrl).hostname==="api.openai.com"){
need(undefined,"an API key",name,"api-key, AWO_API_KEY or OPENAI_API_KEY")}
const model=need(pick(options.model,env.AWO_MODEL,env.OPENAI_MODEL),"a model",name,"model, AWO_MODEL or OPENAI_MODEL")
;return withSecrets(withTimeout(withEndpoint(createOpenAiBackend({model:model,baseUrl:baseUrl,...apiKey?{apiKey:apiKey
}:{}}),baseUrl),options.timeoutMs),apiKey)}case"azure-openai":{
const endpoint=httpUrl(need(pick(options.baseUrl,env.AWO_BASE_URL,env.AZURE_OPENAI_ENDPOINT),"an endpoint",name,"base-url, AWO_BASE_URL or AZURE_OPENAI_ENDPOINT"),name)
;const apiKey=need(pick(options.apiKey,env.AWO_API_KEY,env.AZURE_OPENAI_API_KEY),"an API key",name,"api-key, AWO_API_KEY or AZURE_OPENAI_API_KEY")
;const deployment=need(pick(options.model,env.AWO_MODEL,env.AZURE_OPENAI_DEPLOYMENT),"a deployment name",name,"model, AWO_MODEL or AZURE_OPENAI_DEPLOYMENT")
;const apiVersion=pick(env.AZURE_OPENAI_API_VERSION)??AZURE_DEFAULT_API_VERSION
;return withSecrets(withTimeout(withEndpoint(createAzureOpenAiBackend({endpoint:endpoint,apiKey:apiKey,
deployment:deployment,apiVersion:apiVersion}),endpoint),options.timeoutMs),apiKey)}case"anthropic":{
const baseUrl=httpUrl(pick(options.baseUrl,env.AWO_BASE_URL,env.ANTHROPIC_BASE_URL)??ANTHROPIC_DEFAULT_BASE_URL,name)
;const apiKey=need(pick(options.apiKey,env.AWO_API_KEY,env.ANTHROPIC_API_KEY),"an API key",name,"api-key, AWO_API_KEY or ANTHROPIC_API_KEY")
;const model=need(pick(options.model,env.AWO_MODEL,env.ANTHROPIC_MODEL),"a model",name,"model, AWO_MODEL or ANTHROPIC_MODEL")
;const version=pick(env.ANTHROPIC_VERSION)??ANTHROPIC_DEFAULT_VERSION
;return withSecrets(withTimeout(withEndpoint(createAnthropicBackend({model:model,baseUrl:baseUrl,apiKey:apiKey,
version:version}),baseUrl),options.timeoutMs),apiKey)}default:
throw new errors.dz(`unknown backend ${JSON.stringify(name)}; accepted: ${backendNames.join(", ")}`)}}
function endpointOf(baseUrl){const url=new URL(baseUrl);return`${url.origin}${url.pathname}`}
function withEndpoint(backend,baseUrl){return{...backend,endpoint:endpointOf(baseUrl)}}
function withSecrets(backend,apiKey){return apiKey===undefined?backend:{...backend,secrets:[apiKey]}}
function withTimeout(backend,timeoutMs){if(timeoutMs===undefined)return backend;return{...backend,
generate:(prompt,params,signal)=>{const bound=AbortSignal.timeout(timeoutMs)
;return backend.generate(prompt,params,signal?AbortSignal.any([signal,bound]):bound)}}}
var run_service=__webpack_require__(31614);function sessionOptions(inputs,ctx,runsDir){const recorded=(0,
run_service.recordedBackend)(runsDir);const name=inputs.backend??recorded?.name??"echo";const same=recorded?.name===name
;const backend=createBackend(name,{model:inputs.model??(same?recorded.model??undefined:undefined),
baseUrl:inputs.baseUrl??(same?recorded.base_url??undefined:undefined),apiKey:inputs.apiKey,env:process.env,
runsDir:runsDir,openBundle:(bundlePath,read)=>unpackToTemp(ctx.runnerTemp,bundlePath,read)});return{backend:backend,
actor:ctx.actor??"github-actions",env:process.env,cwd:ctx.workspace}}}};
